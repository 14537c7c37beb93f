package dev.segment.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC "MRR on a date" on the command line: exit codes, their sentences, --strict and stdin. */
class LedgerCliTest {
  private static final String LEDGER =
      "customer_id,amount,start,end,currency,rate,interval\n"
          + "a,2988.00,2024-06-01,2025-06-01,USD,1,year\n"
          + "b,100.00,2024-12-01,2025-01-01,USD,1,month\n"
          + "b,125.00,2024-12-10,2024-12-25,USD,1,month\n"
          + "c,50.00,2024-11-01,2024-12-01,USD,1,month\n";

  @TempDir Path tmp;

  private String ledger() throws IOException {
    Path file = tmp.resolve("ledger.csv");
    Files.writeString(file, LEDGER);
    return file.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--period-columns start,end|--period-columns needs --as-of",
        "--trailing 12 --date-column start|--trailing needs --as-of",
        "--valid-columns start,end|--valid-columns needs --as-of",
        "--as-of 2024-12-15 --trailing 12|--trailing needs --date-column",
        "--as-of 2024-12-15 --date-column start|--date-column needs --trailing",
        "--as-of 2024-12-15 --trailing 37 --date-column start|from 1 to 36",
        "--as-of 2024-12-15 --trailing 0 --date-column start|from 1 to 36",
        "--as-of 2024-12-15 --period-columns start,end --trailing 12 --date-column start|"
            + "--period-columns and --trailing cannot be used together",
        "--as-of 2024-12-15 --valid-columns start,end --period-columns start,end|"
            + "--valid-columns cannot be used with --period-columns",
        "--as-of 2024-12-15 --period-columns start,end --interval-column interval|"
            + "--period-columns cannot be used with --interval-column",
        "--as-of 2024-12-15 --period-columns start,end --arr-column amount|"
            + "--period-columns cannot be used with --arr-column",
        "--as-of 2024-12-15 --period-columns start|--period-columns takes two columns, START,END",
        "--period-end exclusive|--period-end needs --period-columns",
        "--as-of 2024-12-15 --period-columns start,end --period-end last|--period-end takes"
            + " exclusive",
        "--date-format YMD|--date-format takes MDY",
        "--latest customer_id|--latest takes two columns, KEY,ORDER",
        "--rate-column rate|--rate-column needs --base-currency",
        "--base-currency USD --rate-column rate --rate-column-inverse rate|cannot be used"
            + " together",
        "--base-currency USD --rates EUR=1.1 --rate-column-inverse rate|--rate-column-inverse"
            + " cannot be used with --rates",
        "--where amount>cheap|which is neither a date nor a number",
        "--where >5|names no column before the '>'",
      })
  void badCombinationsAreUsageErrors(String options, String message) throws IOException {
    String[] args = (ledger() + " --out " + tmp.resolve("out") + " " + options).split(" ");
    CliRun.run(args).exitedWith(ExitCodes.USAGE).errContains(message).noStackTrace();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--mrr-column amount --as-of 2024-12-15 --period-columns begin,end|--period-columns \"begin\" names no column",
        "--mrr-column amount --as-of 2024-12-31 --trailing 12 --date-column day|--date-column \"day\" names no column",
        "--mrr-column amount --latest customer_id,version|--latest \"version\" names no column",
        "--mrr-column amount --base-currency USD --rate-column fx|--rate-column \"fx\" names no column",
      })
  void aColumnTheHeaderLacksIsADataError(String options, String message) throws IOException {
    String[] args = (ledger() + " --out " + tmp.resolve("out") + " " + options).split(" ");
    CliRun.run(args).exitedWith(ExitCodes.DATA).errContains(message).noStackTrace();
  }

  @Test
  void rowsOutsideTheDateAreFilteredAndNeverTripStrict() throws IOException {
    CliRun.run(
            ledger(),
            "--out",
            tmp.resolve("out").toString(),
            "--no-chart",
            "--mrr-column",
            "amount",
            "--period-columns",
            "start,end",
            "--as-of",
            "2024-12-15",
            "--strict")
        .succeeded()
        .outContains(
            "1 period: not covering the date (--period-columns start,end)", "$602.64 a month");
  }

  @Test
  void aBadDateTripsStrictNamingTheValue() throws IOException {
    Path file = tmp.resolve("bad.csv");
    Files.writeString(file, LEDGER + "d,10.00,2024-12-32,2025-01-01,USD,1,month\n");
    CliRun.run(
            file.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--mrr-column",
            "amount",
            "--period-columns",
            "start,end",
            "--as-of",
            "2024-12-15",
            "--strict")
        .exitedWith(ExitCodes.DATA)
        .errContains("1 bad date: line 6 (first: \"2024-12-32\")", "value \"2024-12-32\"");
  }

  @Test
  void standardInputIsReadTwiceForLatest() throws IOException {
    String history =
        "sub,customer_id,mrr,updated\n"
            + "s1,a,10,2024-01-01\n"
            + "s1,a,30,2024-06-01\n"
            + "s2,b,20,2024-02-01\n";
    CliRun.withStdin(
            history.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "-",
            "--out",
            tmp.resolve("out").toString(),
            "--no-chart",
            "--latest",
            "sub,updated")
        .succeeded()
        .outContains("1 older version (--latest sub,updated)", "Total MRR  50.00 a month");
  }

  @Test
  void endConventionsNeededButNoneShownIsADataError() throws IOException {
    Path file = tmp.resolve("odd.csv");
    Files.writeString(file, "customer_id,amount,start,end\na,125.00,2024-12-10,2024-12-25\n");
    CliRun.run(
            file.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--mrr-column",
            "amount",
            "--period-columns",
            "start,end",
            "--as-of",
            "2024-12-15")
        .exitedWith(ExitCodes.DATA)
        .errContains("--period-end exclusive|inclusive");
    CliRun.run(
            file.toString(),
            "--out",
            tmp.resolve("out2").toString(),
            "--no-chart",
            "--mrr-column",
            "amount",
            "--period-columns",
            "start,end",
            "--period-end",
            "exclusive",
            "--as-of",
            "2024-12-15")
        .succeeded()
        .outContains("Total MRR  253.64 a month", "END exclusive, as --period-end");
  }
}

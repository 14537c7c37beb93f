package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The billing-export options on the command line: their exit codes, stderr and report lines. */
class BillingCliTest {
  private static final String EXPORT =
      "id,Customer ID,Status,Plan,Quantity,Interval,Amount,Currency\n"
          + "s1,cus_A,active,Pro,1,month,4900,usd\n"
          + "s2,cus_A,active,Seats,3,month,1000,usd\n"
          + "s3,cus_B,active,Pro yearly,1,year,49000,usd\n"
          + "s4,cus_C,trialing,Pro,1,month,4900,usd\n"
          + "s5,cus_D,canceled,Pro,1,month,4900,usd\n";

  @TempDir Path tmp;

  private String export() throws IOException {
    Path file = tmp.resolve("subscriptions.csv");
    Files.writeString(file, EXPORT);
    return file.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--where Status|--where \"Status\" has no '='",
        "--where =active|names no column before the '='",
        "--interval-count-column Quantity|--interval-count-column needs --interval-column",
        "--arr-column Amount --interval-column Interval|--interval-column cannot be used with"
            + " --arr-column",
        "--arr-column Amount --quantity-column Quantity|--quantity-column cannot be used with"
            + " --arr-column",
        "--mrr-column Amount --interval-column 0|--interval-column takes a 1-based column index",
        "--mrr-column Amount --where 0=active|--where takes a 1-based column index",
        "--mrr-column Amount --where -1!=active|--where takes a 1-based column index",
      })
  void badOptionsAndCombinationsAreUsageErrors(String options, String message) throws IOException {
    String[] args = (export() + " --out " + tmp.resolve("out") + " " + options).split(" ");
    CliRun.run(args).exitedWith(2).errContains(message).oneLineError();
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--where Plan=pro|--where \"Plan\" names no column among [id, Customer ID, Status,",
        "--where Plan!=pro|--where \"Plan\" names no column",
        "--interval-column Period|--interval-column \"Period\" names no column",
        "--interval-column Interval --interval-count-column 99|--interval-count-column 99 is"
            + " outside the header's 8 columns",
        "--quantity-column Seats|--quantity-column \"Seats\" names no column",
        "--quantity-column Amount|--quantity-column names Amount (column 7), the amount"
            + " column; it needs a column of its own",
        "--interval-column Amount|--interval-column names Amount (column 7), the amount",
      })
  void aColumnTheHeaderLacksIsADataError(String options, String message) throws IOException {
    String[] args =
        (export() + " --out " + tmp.resolve("out") + " --mrr-column Amount " + options)
            .replace("Plan=", "Tier=")
            .replace("Plan!=", "Tier!=")
            .replace("\"Plan\"", "\"Tier\"")
            .split(" ");
    CliRun.run(args)
        .exitedWith(3)
        .errContains(message.replace("\"Plan\"", "\"Tier\""))
        .oneLineError();
  }

  @Test
  void aStripeExportInCentsReadsAsMrr() throws IOException {
    CliRun run =
        CliRun.run(
                export(),
                "--out",
                tmp.resolve("out").toString(),
                "--no-chart",
                "--mrr-column",
                "Amount",
                "--minor-units",
                "--where",
                "Status=active",
                "--interval-column",
                "Interval",
                "--quantity-column",
                "Quantity")
            .succeeded();
    run.outContains(
        "price \"Amount\" per interval \"Interval\" × quantity \"Quantity\"",
        "in minor units (cents), made annual (MRR = ARR / 12)",
        "Rows       5 read: 3 used, 0 skipped, 2 filtered;",
        "2 by --where \"Status=active\"",
        "Total MRR  $119.83 a month");
    assertThat(run.err).isEmpty();
    assertThat(Files.readString(tmp.resolve("out/tiers.csv")))
        .contains("cus_A,,79.00,948.00,1,")
        .contains("cus_B,,40.833333,490.00,2,");
  }

  @Test
  void theIntervalWarningIsOneLineOnStandardError() throws IOException {
    CliRun run =
        CliRun.run(
                export(),
                "--out",
                tmp.resolve("out").toString(),
                "--no-chart",
                "--mrr-column",
                "Amount",
                "--minor-units")
            .succeeded();
    // Then the status warning and the Stripe header's --source warning.
    assertThat(run.err)
        .startsWith(
            "segment: warning: \"Amount\" may hold prices per billing interval, not MRR: column"
                + " \"Interval\" holds month (4 rows), year (1); if so, add --interval-column"
                + " \"Interval\"\n"
                + "segment: warning: \"Amount\" is read as one unit's price, but column"
                + " \"Quantity\" holds 1 (4 rows), 3 (1); if it counts seats or units, add"
                + " --quantity-column \"Quantity\"\n");
    assertThat(run.err).contains("--source stripe-subscriptions");
    run.outContains(
        "Warning: column \"Status\" holds statuses, not all paying: active (3 rows),",
        "add --where \"Status=active");
    CliRun.run(
            export(),
            "--out",
            tmp.resolve("out").toString(),
            "--no-chart",
            "--mrr-column",
            "Amount",
            "--quiet")
        .succeeded();
  }

  @Test
  void filteredRowsNeverTripStrict() throws IOException {
    CliRun.run(
            export(),
            "--out",
            tmp.resolve("out").toString(),
            "--no-chart",
            "--strict",
            "--mrr-column",
            "Amount",
            "--minor-units",
            "--interval-column",
            "Interval",
            "--quantity-column",
            "Quantity",
            "--where",
            "Status!=trialing,canceled")
        .succeeded();
  }

  @Test
  void strictNamesTheIntervalColumnOfTheFirstBadRow() throws IOException {
    Path file = tmp.resolve("bad.csv");
    Files.writeString(file, EXPORT.replace("1,year,", "1,fortnight,"));
    CliRun.run(
            file.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--strict",
            "--mrr-column",
            "Amount",
            "--interval-column",
            "Interval")
        .exitedWith(3)
        .errContains("first: line 4, column \"Interval\", empty or unknown billing interval")
        .oneLineError();
  }

  @Test
  void everyRowFilteredOutIsExitThreeSayingSo() throws IOException {
    CliRun.run(
            export(),
            "--out",
            tmp.resolve("out").toString(),
            "--mrr-column",
            "Amount",
            "--where",
            "Status=actve")
        .exitedWith(3)
        .errContains(
            "no customers: every row was filtered out (5 by --where \"Status=actve\");"
                + " check the --where values")
        .oneLineError();
  }

  @Test
  void aConfigFileSetsOneWhere() throws IOException {
    Path config = tmp.resolve("segment.properties");
    Files.writeString(config, "where=Status=active,past_due\nmrr-column=Amount\nno-chart=true\n");
    CliRun.run(export(), "--out", tmp.resolve("out").toString(), "--config", config.toString())
        .succeeded()
        .outContains("2 by --where \"Status=active,past_due\"");
  }

  @Test
  void wholeUnitAmountsUnderMinorUnitsSayToLeaveTheOptionOut() throws IOException {
    Path file = tmp.resolve("dollars.csv");
    Files.writeString(file, "customer_id,mrr\na,49.00\nb,1200.50\n");
    CliRun.run(file.toString(), "--out", tmp.resolve("out").toString(), "--minor-units")
        .exitedWith(3)
        .errContains(
            "every row was skipped, 2 rows skipped (2 non-numeric MRR: lines 2, 3); under"
                + " --minor-units an amount is a whole number of cents (4999, not 49.99): for"
                + " amounts written 49.99, leave --minor-units out")
        .oneLineError();
    Path mixed = tmp.resolve("mixed.csv");
    Files.writeString(mixed, "customer_id,mrr\na,4900\nb,12.00\n");
    CliRun run =
        CliRun.run(
                mixed.toString(),
                "--out",
                tmp.resolve("out").toString(),
                "--no-chart",
                "--minor-units")
            .succeeded();
    assertThat(run.err)
        .startsWith(
            "segment: warning: 1 row skipped (1 non-numeric MRR: line 3); under --minor-units");
    Path words = tmp.resolve("words.csv");
    Files.writeString(words, "customer_id,mrr\na,4900\nb,n/a\n");
    assertThat(
            CliRun.run(words.toString(), "--out", tmp.resolve("out").toString(), "--no-chart")
                .succeeded()
                .err)
        .doesNotContain("--minor-units");
  }

  @Test
  void unnamedQuantityAndIntervalCountColumnsAreNamedOnceTheAmountIsAPrice() throws IOException {
    Path file = tmp.resolve("s.csv");
    Files.writeString(
        file,
        "id,Customer ID,Quantity,Interval,Interval Count,Amount,Status\n"
            + "s1,cus_A,1,month,3,4500.00,active\n"
            + "s2,cus_B,10,month,1,49.00,active\n");
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.run(
                file.toString(),
                "--out",
                out.toString(),
                "--no-chart",
                "--mrr-column",
                "Amount",
                "--interval-column",
                "Interval",
                "--where",
                "Status=active")
            .succeeded();
    assertThat(run.err)
        .startsWith(
            "segment: warning: \"Amount\" is read as one unit's price, but column"
                + " \"Quantity\" holds 1 (1 row), 10 (1); if it counts seats or units, add"
                + " --quantity-column \"Quantity\"\n"
                + "segment: warning: \"Amount\" is read as the price of one billing interval,"
                + " but column \"Interval Count\" holds 1 (1 row), 3 (1); if it counts the"
                + " intervals a price covers, add --interval-count-column \"Interval Count\"\n");
    run.outContains(
        "Warning: \"Amount\" is read as one unit's price", "Total MRR  4,549.00 a month");
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("<li>Warning: \"Amount\" is read as one unit's price")
        .contains("add <code class=\"opt\">--interval-count-column</code> \"Interval Count\"");
    // Following the hints: 4500 every 3 months is 1,500 a month, 10 seats at 49 is 490.
    CliRun named =
        CliRun.run(
                file.toString(),
                "--out",
                out.toString(),
                "--no-chart",
                "--mrr-column",
                "Amount",
                "--interval-column",
                "Interval",
                "--interval-count-column",
                "Interval Count",
                "--quantity-column",
                "Quantity",
                "--where",
                "Status=active")
            .succeeded();
    assertThat(named.err).isEmpty();
    named.outContains("Total MRR  1,990.00 a month");
    assertThat(named.out).doesNotContain("Warning:");
  }

  @Test
  void withNoMrrColumnTheErrorNamesTheIntervalColumnToo() throws IOException {
    // Read as a Stripe export by its header unless --source none says not to.
    CliRun.run(export(), "--out", tmp.resolve("out").toString(), "--source", "none")
        .exitedWith(3)
        .errContains(
            "no MRR column found among [id, Customer ID, Status, Plan, Quantity, Interval, Amount,"
                + " Currency]; name it with --mrr-column NAME or a 1-based index; a price per"
                + " billing interval, as in a subscriptions export, also needs --interval-column"
                + " \"Interval\"")
        .oneLineError();
  }
}

package dev.segment.cli;

import static dev.segment.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rates} and {@code --base-currency} end to end: conversions checked by hand, and every
 * bad form of the options and of the data with its exit code and one sentence.
 */
class CurrencyRatesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private CliRun segment(Path input, String... more) {
    String[] args = new String[more.length + 4];
    args[0] = input.toString();
    args[1] = "--out";
    args[2] = dir.resolve("out").toString();
    args[3] = "--no-chart";
    System.arraycopy(more, 0, args, 4, more.length);
    return run(args);
  }

  private String tiers() throws IOException {
    return Files.readString(dir.resolve("out").resolve("tiers.csv"), StandardCharsets.UTF_8);
  }

  private Path mixed() throws IOException {
    return write(
        "mixed.csv",
        "customer_id,mrr,currency\n"
            + "c1,120.00,EUR\n"
            + "c2,99.99,GBP\n"
            + "c1,49.99,USD\n"
            + "c3,10.00,\n"
            + "c4,4999,JPY\n");
  }

  @Test
  void underAnIntervalColumnTheCurrencySumsAreSaidToBeAYears() throws IOException {
    Path file =
        write(
            "prices.csv",
            "id,Customer ID,Interval,Amount,Currency\n"
                + "s1,a,month,500000,JPY\n"
                + "s2,b,month,100.00,USD\n");
    CliRun r =
        segment(
                file,
                "--mrr-column",
                "Amount",
                "--interval-column",
                "Interval",
                "--rates",
                "JPY=0.0067",
                "--base-currency",
                "USD")
            .succeeded();
    // JPY 500,000 a month is 6,000,000 a year: the sums shown are ARR, beside a monthly total.
    assertThat(r.out)
        .contains("Currencies, a year's amounts (ARR), converted into USD before summing")
        .contains("¥6,000,000")
        .contains("Total MRR  $3,450.00 a month");
    assertThat(Files.readString(dir.resolve("out").resolve("report.html")))
        .contains("<h3>Currencies, a year's amounts (ARR)</h3>")
        .contains("Each row was made annual and converted into USD before it was summed.");
  }

  @Test
  void eachRowIsConvertedBeforeTheCustomerIsSummed() throws IOException {
    CliRun r =
        segment(
                mixed(),
                "--rates",
                "EUR=1.0823,GBP=1.27104567,JPY=0.00671234",
                "--base-currency",
                "USD",
                "--by",
                "customers",
                "--cuts",
                "25,50")
            .succeeded();
    // c1: 120.00 EUR × 1.0823 = 129.876 USD, plus 49.99 USD = 179.866.
    // c2: 99.99 × 1.27104567 = 127.0918565433, past 6 decimals: 127.091857 (half-even).
    // c4: 4999 × 0.00671234 = 33.55498766 → 33.554988; c3 has no currency: the base's.
    assertThat(tiers())
        .isEqualTo(
            "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n"
                + "c1,,179.866,2158.392,1,0.5132,Tier 1\n"
                + "c2,,127.091857,1525.102284,2,0.8757,Tier 2\n"
                + "c4,,33.554988,402.659856,3,0.9715,Tier 3\n"
                + "c3,,10.00,120.00,4,1.0000,Tier 3\n");
    assertThat(r.out)
        .contains("Currencies, converted into USD before summing")
        .contains("  USD  2 rows   $59.99  × 1           = $59.99\n")
        .contains("  EUR   1 row  €120.00  × 1.0823      = $129.88\n")
        .contains("  GBP   1 row   £99.99  × 1.27104567  = $127.09\n")
        .contains("  JPY   1 row   ¥4,999  × 0.00671234  = $33.55\n")
        .contains("Total MRR  $350.51 a month");
  }

  @Test
  void minorUnitsDivideByEachCurrencysOwnDigitsBeforeTheRate() throws IOException {
    Path input =
        write(
            "cents.csv",
            "customer_id,mrr,currency\na,4999,JPY\nb,4999,USD\nc,12000,EUR\nd,4999,BHD\n");
    segment(
            input,
            "--minor-units",
            "--rates",
            "JPY=0.0067,EUR=1.0823,BHD=2.65",
            "--base-currency",
            "USD",
            "--by",
            "customers",
            "--cuts",
            "25,50")
        .succeeded();
    // JPY has no minor unit: 4999 yen × 0.0067 = 33.4933. EUR 12000 cents = 120.00 × 1.0823.
    // BHD has three: 4.999 × 2.65 = 13.24735.
    assertThat(tiers())
        .contains("c,,129.876,")
        .contains("b,,49.99,")
        .contains("a,,33.4933,")
        .contains("d,,13.24735,");
  }

  @Test
  void aRatesFileWithOrWithoutAHeader() throws IOException {
    Path withHeader = write("rates.csv", "Currency,Rate\nEUR,1.0823\n\nGBP, 1.271\n");
    Path without = write("bare.csv", "eur,1.0823\r\ngbp,1.271\r\nusd,1\r\njpy,0.0067\r\n");
    segment(mixed(), "--rates", withHeader.toString(), "--base-currency", "usd")
        .exitedWith(3)
        .errContains("no rate for JPY (first on line 6)", "--rates")
        .oneLineError();
    segment(mixed(), "--rates", without.toString(), "--base-currency", "USD").succeeded();
    assertThat(tiers()).contains("c2,,127.08729,");
  }

  @Test
  void badRatesAreUsageErrors() throws IOException {
    Path input = mixed();
    String[][] bad = {
      {"--rates", "EUR=1.0823"},
      {"--rates", "EUR=abc", "--base-currency", "USD"},
      {"--rates", "EUR=1e3", "--base-currency", "USD"},
      {"--rates", "EUR=-1.2", "--base-currency", "USD"},
      {"--rates", "EUR=0", "--base-currency", "USD"},
      {"--rates", "EUR=1.1,GBP=1.2,eur=1.1", "--base-currency", "USD"},
      {"--rates", "EUR=1.1,USD=1.01", "--base-currency", "USD"},
      {"--rates", "EUR=1.1,,GBP=1.2", "--base-currency", "USD"},
      {"--rates", "EURO=1.1", "--base-currency", "USD"},
      {"--base-currency", "Dollars"},
      {"--rates", " ", "--base-currency", "USD"},
    };
    String[] says = {
      "--rates needs --base-currency",
      "the rate of EUR must be a decimal number > 0",
      "got '1e3'",
      "got '-1.2'",
      "got '0'",
      "EUR is given twice",
      "gives the base currency USD the rate 1.01",
      "has no '='",
      "'EURO' is not an ISO 4217 currency code",
      "--base-currency takes an ISO 4217 currency code",
      "--rates needs CODE=RATE pairs or a file's path",
    };
    for (int k = 0; k < bad.length; k++) {
      segment(input, bad[k]).exitedWith(2).errContains(says[k]).oneLineError();
    }
  }

  @Test
  void badRatesFiles() throws IOException {
    Path input = mixed();
    segment(input, "--rates", dir.resolve("none.csv").toString(), "--base-currency", "USD")
        .exitedWith(1)
        .errContains("the --rates file", "none.csv", "no such file")
        .oneLineError();
    Path binary = write("rates.bin", new byte[] {'E', 'U', 'R', ',', 0, 1, '\n'});
    segment(input, "--rates", binary.toString(), "--base-currency", "USD")
        .exitedWith(2)
        .errContains("rates.bin", "--rates", "binary")
        .oneLineError();
    Path latin1 = write("latin1.csv", new byte[] {'E', 'U', 'R', ',', '1', (byte) 0xE9, '\n'});
    segment(input, "--rates", latin1.toString(), "--base-currency", "USD")
        .exitedWith(2)
        .errContains("latin1.csv", "--rates", "UTF-8")
        .oneLineError();
    Path twice = write("twice.csv", "currency,rate\nEUR,1.08\nGBP,1.27\nEUR,1.09\n");
    segment(input, "--rates", twice.toString(), "--base-currency", "USD")
        .exitedWith(2)
        .errContains("twice.csv line 4", "EUR is given twice")
        .oneLineError();
    Path cells = write("cells.csv", "EUR,1.08,x\n");
    segment(input, "--rates", cells.toString(), "--base-currency", "USD")
        .exitedWith(2)
        .errContains("cells.csv line 1 has 3 cells")
        .oneLineError();
    Path base = write("base.csv", "EUR,1.08\nUSD,0.99\n");
    segment(input, "--rates", base.toString(), "--base-currency", "USD")
        .exitedWith(2)
        .errContains("base.csv gives the base currency USD the rate 0.99")
        .oneLineError();
    // A negative or exponent rate on the first row is a number, so a malformed rate, not a header.
    Path negative = write("negative.csv", "EUR,-1.08\nGBP,1.27\n");
    segment(input, "--rates", negative.toString(), "--base-currency", "USD")
        .exitedWith(2)
        .errContains("negative.csv line 1", "the rate of EUR", "-1.08")
        .oneLineError();
    Path exponent = write("exponent.csv", "EUR,1.08e0\nGBP,1.27\n");
    segment(input, "--rates", exponent.toString(), "--base-currency", "USD")
        .exitedWith(2)
        .errContains("exponent.csv line 1", "the rate of EUR")
        .oneLineError();
  }

  @Test
  void dataThatTheRatesDoNotCover() throws IOException {
    Path input = mixed();
    segment(input, "--rates", "EUR=1.08,GBP=1.27", "--base-currency", "USD")
        .exitedWith(3)
        .errContains("no rate for JPY (first on line 6)", "--rates", "JPY=RATE")
        .oneLineError();
    Path euros = write("euros.csv", "customer_id,mrr\na,€100\nb,€5\n");
    // Alone, --base-currency names the file's one currency.
    segment(euros, "--base-currency", "EUR").succeeded().outContains("Total MRR  €105.00 a month");
    segment(euros, "--base-currency", "USD")
        .exitedWith(3)
        .errContains("no rate for EUR (first on line 2)", "--rates")
        .oneLineError();
    Path two = write("two.csv", "customer_id,mrr\na,€100\nb,¥500\nc,$5\n");
    segment(two, "--base-currency", "USD")
        .exitedWith(3)
        .errContains(
            "no rate for EUR (first on line 2), JPY (first on line 3), which are not the base"
                + " currency USD; add them to --rates as EUR=RATE,JPY=RATE")
        .oneLineError();
    // A decimal comma splits the list: the message says so rather than "got '0'".
    segment(two, "--rates", "EUR=1.08,JPY=0,0067", "--base-currency", "USD")
        .exitedWith(2)
        .errContains("a rate is written with a '.' decimal, not a comma; '0067' has no '='")
        .oneLineError();
    // Rates for currencies the file lacks are harmless.
    segment(euros, "--rates", "GBP=1.17,JPY=0.0062", "--base-currency", "EUR").succeeded();
    segment(input).exitedWith(3).errContains("mixed currencies", "--rates").oneLineError();
  }

  @Test
  void aCurrencyColumnAndAWrittenCodeMustAgree() throws IOException {
    Path input = write("clash.csv", "customer_id,mrr,currency\na,$10,USD\nb,$100,EUR\n");
    segment(input, "--rates", "EUR=1.08", "--base-currency", "USD")
        .exitedWith(3)
        .errContains("line 3", "EUR", "$100")
        .oneLineError();
    // A bare $ is the dollar of the column's currency.
    Path cad = write("cad.csv", "customer_id,mrr,currency\na,$100,CAD\nb,US$10,USD\n");
    segment(cad, "--rates", "CAD=0.72", "--base-currency", "USD").succeeded();
    assertThat(tiers()).contains("a,,72.00,");
  }

  @Test
  void theJsonHasTheTableAndTheBaseCurrency() throws IOException {
    CliRun r =
        segment(
                mixed(),
                "--rates",
                "EUR=1.0823,GBP=1.27104567,JPY=0.00671234",
                "--base-currency",
                "USD",
                "--format",
                "json")
            .succeeded();
    assertThat(r.out)
        .contains("\"currency\": \"USD\"")
        .contains(
            "\"currency\": \"GBP\",\n"
                + "        \"rows\": 1,\n"
                + "        \"sum\": 99.99,\n"
                + "        \"rate\": 1.27104567,\n"
                + "        \"converted_sum\": 127.091857");
  }

  @Test
  void childAccountsInOtherCurrenciesRollUpConverted() throws IOException {
    Path input =
        write(
            "accounts.csv",
            "Account ID,Account Name,Parent Account ID,MRR,Currency\n"
                + "P1,Parent,,100.00,USD\n"
                + "C1,Child EU,P1,200.00,EUR\n"
                + "C2,Child US,P1,50.00,USD\n"
                + "S1,Solo,,10.00,EUR\n");
    segment(
            input,
            "--parent-column",
            "Parent Account ID",
            "--rates",
            "EUR=1.1",
            "--base-currency",
            "USD")
        .succeeded()
        .outContains("EUR  2 rows  €210.00  × 1.1  = $231.00");
    // P1: 100.00 + 200.00 EUR × 1.1 + 50.00 = 370.00 USD; S1: 10.00 EUR × 1.1 = 11.00 USD.
    assertThat(tiers()).contains("P1,Parent,370.00,4440.00,1,").contains("S1,Solo,11.00,132.00,2,");
  }
}

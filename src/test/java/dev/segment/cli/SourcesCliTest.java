package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each known export read three ways, as SPEC asks: with no options (recognised by its header), with
 * {@code --source} named, and with the first option a user would add (right, or a warning naming
 * the fix and exit 3 under --strict). The true MRR of each file is worked out by hand in the
 * comments of docs/sources.md's examples.
 */
class SourcesCliTest {
  @TempDir Path tmp;

  private static String file(String name) {
    try {
      return Path.of(SourcesCliTest.class.getResource("/sources/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private CliRun run(String csv, String... more) {
    List<String> args = new ArrayList<>(List.of(file(csv), "--out", tmp.toString(), "--no-chart"));
    args.addAll(List.of(more));
    args.addAll(List.of("--format", "json"));
    return CliRun.run(args.toArray(String[]::new));
  }

  private static BigDecimal mrr(CliRun r) {
    Matcher m = Pattern.compile("\"totals\":\\s*\\{\\s*\"mrr\":\\s*(-?[0-9.]+)").matcher(r.out);
    assertThat(m.find()).as("totals.mrr in%n%s%n%s", r.out, r.err).isTrue();
    return new BigDecimal(m.group(1));
  }

  private static int customers(CliRun r) {
    Matcher m = Pattern.compile("\"customers_on_curve\":\\s*([0-9]+)").matcher(r.out);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // file | source | true MRR | customers
        "stripe-subscriptions.csv | stripe-subscriptions | 283.333333 | 3",
        "stripe-api.csv | stripe-api | 329.50 | 2",
        "chargebee.csv | chargebee | 670 | 2",
        "chargebee-api.csv | chargebee | 670 | 2",
        "recurly.csv | recurly | 225 | 2",
        "paddle.csv | paddle | 421.666667 | 2",
        "zuora.csv | zuora | 1750 | 2",
        "chartmogul.csv | chartmogul | 625 | 3",
        "baremetrics.csv | baremetrics | 300 | 2",
        "salesforce-accounts.csv | salesforce-accounts | 4000 | 2",
        "hubspot-companies.csv | hubspot-companies | 1750 | 2",
      })
  void readRightByDetectionAndByName(String csv, String source, String truth, int customers) {
    CliRun detected =
        run(csv).succeeded().errContains("segment: read as a " + source + " export: ");
    assertThat(mrr(detected)).isEqualByComparingTo(truth);
    assertThat(customers(detected)).isEqualTo(customers);
    assertThat(detected.out).contains("\"warnings\": [ ]");
    CliRun named = run(csv, "--source", source, "--strict").succeeded();
    assertThat(mrr(named)).isEqualByComparingTo(truth);
    assertThat(named.err).doesNotContain("read as a");
    assertThat(named.out).contains("read as a " + source + " export");
    // --source none reads the header by SPEC's names alone: no note.
    assertThat(run(csv, "--source", "none").out).doesNotContain("read as a");
  }

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // file | the first options a user adds (; between tokens) | the fix the warning names
        "stripe-subscriptions.csv | --mrr-column;Amount | --interval-column",
        "stripe-api.csv | --mrr-column;plan_amount | --minor-units",
        "chargebee.csv | --id-column;subscription.customer_id;--mrr-column;"
            + "subscription.plan_unit_price | --interval-column",
        "chargebee-api.csv | --mrr-column;plan_unit_price | --minor-units",
        "recurly.csv | --id-column;account_code;--mrr-column;unit_amount | --interval-column",
        "paddle.csv | --mrr-column;items[0].price.unit_price.amount | --source paddle",
        "zuora.csv | --parent-column;parent_id | --source zuora",
        "chartmogul.csv | --id-column;CUSTOMER_UUID | --source chartmogul",
        "baremetrics.csv | --id-column;customer_oid;--mrr-column;plan_amount | --minor-units",
        "hubspot-companies.csv | --id-column;Record ID | --source hubspot-companies",
      })
  void theObviousFirstOptionIsWarnedAndRefusedUnderStrict(String csv, String options, String fix) {
    String[] first = options.split(";");
    CliRun r = run(csv, first);
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).contains("warning:", fix);
    List<String> strict = new ArrayList<>(List.of(first));
    strict.add("--strict");
    run(csv, strict.toArray(String[]::new)).exitedWith(3).errContains("--strict");
  }

  @Test
  void anIdColumnNoNameFindsIsExit3NamingTheOption() {
    run("recurly.csv", "--mrr-column", "unit_amount").exitedWith(3).errContains("--id-column");
  }

  @Test
  void aUsersOptionReplacesTheSourcesOptionsOfThatName() {
    // Only active rows, by the user's own --where: the past_due subscription is left out.
    CliRun r = run("stripe-api.csv", "--source", "stripe-api", "--where", "status=active");
    assertThat(mrr(r)).isEqualByComparingTo("229.50");
    assertThat(r.err).contains("leaves out past_due");
  }

  @Test
  void aSalesforceParentColumnOfNamesIsExit3() {
    run("salesforce-accounts.csv", "--parent-column", "Parent Account")
        .exitedWith(3)
        .errContains("holds names, not account ids");
  }

  @Test
  void aHeaderTheSourceDoesNotFitIsExit3NamingWhatItLacks() {
    run("zuora.csv", "--source", "stripe-api").exitedWith(3).errContains("lacks");
    run("zuora.csv", "--source", "nosuch").exitedWith(2).errContains("stripe-api");
  }

  @Test
  void aReadThatFailsOnAKnownHeaderNamesTheExportItMatches() throws IOException {
    // One reading option turns recognition off; the id column is then not found, and the error
    // says which export the header is, so the fix is one option away.
    run(
            "xero-invoices.csv",
            "--as-of",
            "2024-12-31",
            "--rate-column-inverse",
            "currency_rate",
            "--base-currency",
            "USD")
        .exitedWith(3)
        .errContains("no customer id column", "--source xero-invoices");
  }

  @Test
  void aLedgerSourceNeedsTheDateItReadsOn() throws IOException {
    run("xero-invoices.csv", "--source", "xero-invoices").exitedWith(2).errContains("--as-of");
    run("xero-invoices.csv", "--source", "xero-invoices", "--as-of", "2024-12-31").succeeded();
  }

  @Test
  void standardInputIsReadAsAKnownExportToo() throws IOException {
    byte[] csv = java.nio.file.Files.readAllBytes(Path.of(file("stripe-api.csv")));
    CliRun r =
        CliRun.withStdin(csv, "-", "--out", tmp.toString(), "--no-chart", "--format", "json");
    r.succeeded();
    assertThat(mrr(r)).isEqualByComparingTo("329.50");
  }
}

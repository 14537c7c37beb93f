package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.AmountKind;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.model.SkipReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files shaped like real exports, under {@code src/test/resources/io/}. */
class RealisticFilesTest {

  static ReadResult read(String file, ReadOptions options) throws IOException {
    try (InputStream in = RealisticFilesTest.class.getResourceAsStream("/io/" + file)) {
      assertThat(in).as(file).isNotNull();
      return CustomerCsvReader.read(in, file, options);
    }
  }

  static ReadResult read(String file) throws IOException {
    return read(file, ReadOptions.defaults());
  }

  /** "id=mrr" per customer, in order of first appearance. */
  static List<String> customers(ReadResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.customers().size(); i++) {
      out.add(r.customers().id(i) + "=" + r.customers().mrr(i).toPlainString());
    }
    return out;
  }

  static List<String> names(ReadResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.customers().size(); i++) {
      out.add(r.customers().name(i));
    }
    return out;
  }

  @Test
  void stripeSubscriptionExport() throws IOException {
    ReadResult r = read("stripe-subscriptions.csv");
    assertThat(customers(r))
        .containsExactly(
            "cus_PQx1a2B3c4D5e6=679.00",
            "cus_Rz9y8X7w6V5u4T=2400.00",
            "cus_St3s2R1q0P9o8N=0.00",
            "cus_Uv7u6T5s4R3q2P=598.50");
    assertThat(names(r))
        .containsExactly("Northwind Traders", "Contoso Ltd", "Tailspin Toys", "Fabrikam, Inc.");
    InputSummary s = r.summary();
    assertThat(s.idColumn()).isEqualTo("Customer ID");
    assertThat(s.amountColumn()).isEqualTo("MRR");
    assertThat(s.nameColumn()).isEqualTo("Customer Name");
    assertThat(s.currency()).isEqualTo("USD");
    assertThat(s.rowsRead()).isEqualTo(8);
    assertThat(s.rowsUsed()).isEqualTo(7);
    assertThat(s.merged()).isEqualTo(3);
    assertThat(s.skipped().tallies())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.reason()).isEqualTo(SkipReason.EMPTY_MRR);
              assertThat(t.firstLines()).containsExactly(9L);
            });
  }

  @Test
  void chartMogulCustomerExportWithMrrAndArr() throws IOException {
    ReadResult r =
        read("chartmogul-customers.csv", ReadOptions.builder().keep(KeepColumns.ALL).build());
    assertThat(r.summary().idColumn()).isEqualTo("Customer UUID");
    assertThat(r.summary().amountColumn()).isEqualTo("MRR");
    assertThat(r.customers().scale()).isEqualTo(2);
    assertThat(r.customers().mrr(1)).isEqualByComparingTo("4300.50");
    assertThat(r.customers().arr(1)).isEqualByComparingTo("51606.00");
    assertThat(r.customers().size()).isEqualTo(5);
    assertThat(names(r).get(0)).isEqualTo("Ada Lovelace");
    List<String> kept = r.customers().keptHeaders();
    assertThat(kept).hasSize(17).startsWith("External ID", "Company").contains("ARR", "Currency");
    assertThat(kept).doesNotContain("Customer UUID", "Name", "MRR");
    assertThat(r.customers().kept(1, kept.indexOf("Plans"))).isEqualTo("Enterprise, Seats");
  }

  @Test
  void salesforceReportWithFormattedMoneyAndFooter() throws IOException {
    ReadResult r = read("salesforce-report.csv");
    assertThat(customers(r))
        .containsExactly(
            "0015g00000ABCDe=12500.00",
            "0015g00000ABCDf=8250.50",
            "0015g00000ABCDg=975.00",
            "0015g00000ABCDh=1200.00",
            "0015g00000ABCDj=-300.00");
    assertThat(names(r)).contains("Total Wine & More");
    InputSummary s = r.summary();
    assertThat(s.nameColumn()).isEqualTo("Account Name");
    assertThat(s.rowsRead()).isEqualTo(6);
    assertThat(s.footerLines()).isEqualTo(3);
    assertThat(s.blankLines()).isEqualTo(3);
    assertThat(s.skipped().tallies().get(0).firstLines()).containsExactly(7L);
    assertThat(s.currency()).isEqualTo("USD");
  }

  @Test
  void hubSpotExportNeedsItsIdColumnNamed() throws IOException {
    assertThatThrownBy(() -> read("hubspot-companies.csv"))
        .isInstanceOf(DataException.class)
        .hasMessage(
            "hubspot-companies.csv: no customer id column found among [Record ID, Company name,"
                + " Company owner, Lifecycle Stage, MRR, Create Date]; name it with --id-column"
                + " NAME or a 1-based index");
    ReadResult r =
        read("hubspot-companies.csv", ReadOptions.builder().idColumn("Record ID").build());
    assertThat(customers(r)).containsExactly("1001=1500.00", "1002=320.50", "1004=2000.00");
    assertThat(names(r)).containsExactly("Dunder Mifflin", "Vance Refrigeration", "Sabre");
  }

  @Test
  void excelUtf8WithBomAndCrlf() throws IOException {
    ReadResult r = read("excel-utf8-bom.csv", ReadOptions.builder().keep(KeepColumns.ALL).build());
    assertThat(customers(r)).containsExactly("C-001=1334.50", "C-002=87.25", "C-003=10000.00");
    assertThat(names(r)).containsExactly("Alpine Outfitters", "Bergen Fisk, AS", "Cedar & Pine");
    assertThat(r.summary().idColumn()).isEqualTo("Customer ID");
    assertThat(r.summary().blankLines()).isEqualTo(1);
    assertThat(r.customers().keptHeaders()).containsExactly("Segment");
  }

  @Test
  void excelFrenchWindows1252WithSemicolonsAndDecimalComma() throws IOException {
    ReadOptions options =
        ReadOptions.builder()
            .encoding(Charset.forName("windows-1252"))
            .decimalComma(true)
            .nameColumn("Nom")
            .build();
    ReadResult r = read("excel-fr-windows-1252.csv", options);
    assertThat(customers(r)).containsExactly("FR-01=1234.500", "FR-02=99.500", "FR-03=2500.125");
    assertThat(names(r))
        .containsExactly("Société Générale", "Crédit Agricole", "Éditions Gallimard");
    assertThat(r.summary().delimiter()).isEqualTo(';');
    assertThat(r.summary().currency()).isEqualTo("EUR");
  }

  @Test
  void excelFrenchFileReadAsUtf8NamesTheLineAndTheOption() {
    assertThatThrownBy(() -> read("excel-fr-windows-1252.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith("excel-fr-windows-1252.csv: line 2: the bytes 0xE9")
        .hasMessageContaining("--encoding");
  }

  @Test
  void excelGermanSemicolonFile() throws IOException {
    ReadResult r =
        read(
            "excel-de-semicolon.csv",
            ReadOptions.builder().decimalComma(true).nameColumn("Firma").build());
    assertThat(customers(r)).containsExactly("DE-1=1234.50", "DE-2=12000.00", "DE-3=-0.99");
    assertThat(names(r)).containsExactly("Müller GmbH", "Schmidt & Söhne KG", "Weber AG");
    assertThat(r.summary().currency()).isEqualTo("EUR");
    // Without --decimal-comma the German amounts are not numbers, never misread.
    ReadResult plain = read("excel-de-semicolon.csv");
    assertThat(plain.summary().rowsUsed()).isZero();
    assertThat(plain.summary().skipped().total()).isEqualTo(3);
  }

  @Test
  void excelUnicodeTextIsUtf16TabSeparated() throws IOException {
    ReadResult r =
        read(
            "excel-unicode-text.txt",
            ReadOptions.builder().encoding(Charset.forName("UTF-16")).build());
    assertThat(customers(r)).containsExactly("A1=1500.00", "A2=100.00", "A3=250.75");
    assertThat(names(r)).containsExactly("Zürich Versicherung", "Tokyo, Ltd", "São Paulo Ltda");
    assertThat(r.summary().delimiter()).isEqualTo('\t');
    assertThat(r.summary().currency()).isEqualTo("JPY");
    assertThatThrownBy(() -> read("excel-unicode-text.txt"))
        .isInstanceOf(DataException.class)
        .hasMessage(
            "excel-unicode-text.txt: line 1: the input starts with a UTF-16 byte-order mark, so it"
                + " is not UTF-8 text; read it with --encoding UTF-16");
  }

  @Test
  void tabSeparatedFile() throws IOException {
    ReadResult r = read("excel-tab-separated.tsv");
    assertThat(customers(r)).containsExactly("A1=100.0", "A2=200.5");
    assertThat(r.summary().delimiter()).isEqualTo('\t');
  }

  @Test
  void arrOnlyExport() throws IOException {
    assertThatThrownBy(() -> read("arr-only.csv"))
        .hasMessageContaining("no MRR column found")
        .hasMessageContaining("--arr-column");
    ReadResult r = read("arr-only.csv", ReadOptions.builder().arrColumn("ARR").build());
    assertThat(customers(r))
        .containsExactly("ACC-1=11000.000000", "ACC-2=500.000000", "ACC-3=83.333333");
    assertThat(r.customers().arr(0)).isEqualByComparingTo("132000.00");
    assertThat(r.summary().amountKind()).isEqualTo(AmountKind.ARR);
    assertThat(r.summary().currency()).isEqualTo("EUR");
  }

  @Test
  void accountingNegatives() throws IOException {
    ReadResult r = read("accounting-negatives.csv");
    assertThat(customers(r))
        .containsExactly("CU-1=1050.00", "CU-2=-25.50", "CU-3=-10.00", "CU-4=-5.00", "CU-5=0.00");
    assertThat(r.summary().skipped().tallies())
        .singleElement()
        .satisfies(t -> assertThat(t.firstLines()).containsExactly(8L, 9L));
  }

  @Test
  void mixedCurrencies() {
    assertThatThrownBy(() -> read("mixed-currencies.csv"))
        .isInstanceOf(DataException.class)
        .hasMessage(
            "mixed-currencies.csv: mixed currencies: EUR, GBP, USD (EUR first on line 4, GBP first"
                + " on line 6, USD first on line 2); segment never adds amounts in different"
                + " currencies: give each one's rate with --rates and --base-currency (--rates"
                + " EUR=1.0823 --base-currency USD), or split the file by currency");
  }

  @Test
  void ambiguousColumns() {
    assertThatThrownBy(() -> read("ambiguous-columns.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("more than one id column")
        .hasMessageContaining("--id-column");
    assertThatThrownBy(
            () ->
                read(
                    "ambiguous-columns.csv", ReadOptions.builder().idColumn("Customer ID").build()))
        .hasMessageContaining("more than one MRR column")
        .hasMessageContaining("MRR (column 3), mrr_usd (column 4)");
  }

  @Test
  void noMrrColumn() {
    assertThatThrownBy(() -> read("no-mrr-column.csv", ReadOptions.builder().idColumn("1").build()))
        .hasMessage(
            "no-mrr-column.csv: no MRR column found among [Customer, Plan, Amount]; name it with"
                + " --mrr-column NAME or a 1-based index");
  }

  @Test
  void unterminatedQuote() {
    assertThatThrownBy(() -> read("unterminated-quote.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith("unterminated-quote.csv: line 3: a quoted field is never closed");
  }

  @Test
  void nulBytes() {
    assertThatThrownBy(() -> read("nul-bytes.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith("nul-bytes.csv: line 3: the input holds a NUL byte");
  }

  @Test
  void raggedRows() throws IOException {
    ReadResult r = read("ragged-rows.csv");
    assertThat(customers(r)).containsExactly("1=100", "2=200", "4=400");
    InputSummary s = r.summary();
    assertThat(s.rowsRead()).isEqualTo(6);
    assertThat(s.skipped().tallies())
        .extracting(t -> t.reason() + "@" + t.firstLines())
        .containsExactlyInAnyOrder("SHIFTED_COLUMNS@[4, 7]", "EMPTY_MRR@[6]");
  }

  @Test
  void duplicateHeaderNames() throws IOException {
    ReadResult r =
        read("duplicate-headers.csv", ReadOptions.builder().keep(KeepColumns.ALL).build());
    assertThat(customers(r)).containsExactly("cus_1=15", "cus_2=7");
    assertThat(r.customers().keptHeaders())
        .containsExactly("id", "Notes", "Notes", "Region", "Region");
    assertThat(r.customers().kept(0, 1)).isEqualTo("first note");
    assertThat(r.customers().kept(0, 2)).isEqualTo("second note");
    assertThat(r.customers().kept(0, 4)).isEqualTo("West");
  }
}

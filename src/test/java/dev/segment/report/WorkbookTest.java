package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.AmountKind;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.DataException;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * segment.xlsx read back with fastexcel-reader: the sheets hold the CSV files' values as typed
 * cells, text as read, and the layout a spreadsheet user expects.
 */
public class WorkbookTest {
  private static final List<String> NUMERIC =
      List.of(
          "customers",
          "pct_customers",
          "mrr",
          "pct_mrr",
          "cum_pct_customers",
          "cum_pct_mrr",
          "mrr_floor",
          "mrr_max",
          "mrr_mean",
          "mrr_median",
          "arr",
          "rank",
          "cum_mrr_share",
          "accounts");

  @Test
  void summaryThenTiers() throws IOException {
    try (ReadableWorkbook book = read(write(Fixtures.byMrrReport(), Optional.empty()))) {
      assertThat(book.getSheets().map(Sheet::getName)).containsExactly("Summary", "Tiers");
    }
  }

  @Test
  void tiersSheetHoldsTiersCsvAsTypedCells() throws IOException {
    for (SegmentReport r : List.of(Fixtures.byMrrReport(), Fixtures.autoReport(), pinnedReport())) {
      StringBuilder csv = new StringBuilder();
      TiersCsv.write(r.segmentation(), r.overrides(), csv);
      assertSheetEqualsCsv(write(r, Optional.empty()), "Tiers", csv.toString(), 0);
    }
  }

  @Test
  void summaryHoldsSegmentsCsvThenTheConcentrationFigures() throws IOException {
    SegmentReport r = Fixtures.byMrrReport();
    StringBuilder csv = new StringBuilder();
    SegmentsCsv.write(r.tiers(), csv);
    byte[] xlsx = write(r, Optional.empty());
    // The empty Hybrid tier: empty floor, max, mean and median in both.
    assertSheetEqualsCsv(xlsx, "Summary", csv.toString(), 8);
    List<Row> rows = rows(xlsx, "Summary");
    assertThat(rows.get(6).getCellText(0)).isEqualTo("Concentration");
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    for (Row row : rows.subList(7, 13)) {
      assertThat(row.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      figures.put(row.getCellText(0), row.getCell(1).asNumber());
    }
    assertThat(figures)
        .containsExactly(
            Map.entry("Gini coefficient", new BigDecimal("0.5156")),
            Map.entry("MRR held by the top 1%", new BigDecimal("47.5851")),
            Map.entry("MRR held by the top 10%", new BigDecimal("47.5851")),
            Map.entry("MRR held by the top 20%", new BigDecimal("76.1837")),
            Map.entry("50% of MRR is held by", new BigDecimal("33.3333")),
            Map.entry("80% of MRR is held by", new BigDecimal("50.0000")));
    assertThat(rows.get(8).getCellText(2)).isEqualTo("of MRR");
    assertThat(rows.get(11).getCellText(2)).isEqualTo("of customers");
  }

  @Test
  void textIsTheTextAsReadNeverAFormula() throws IOException {
    byte[] xlsx = write(Fixtures.byMrrReport(), Optional.empty());
    List<Row> rows = rows(xlsx, "Tiers");
    // B-2 is rank 2: its name and kept cells are text, without the CSV's '.
    Cell name = rows.get(2).getCell(1);
    assertThat(name.getType()).isEqualTo(CellType.STRING);
    assertThat(name.asString()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
    assertThat(rows.get(2).getCellText(7)).isEqualTo("@SUM(A1)");
    assertThat(rows.get(2).getCellText(8)).isEqualTo("=1+2");
    assertThat(rows.get(3).getCellText(1)).isEqualTo("-Bob");
    assertThat(rows.get(3).getCellText(7)).isEqualTo("\tTab");
    // A kept column that reads like a number stays the text it was.
    Cell kept = rows.get(1).getCell(8);
    assertThat(kept.getType()).isEqualTo(CellType.STRING);
    assertThat(kept.asString()).isEqualTo("500");
    assertThat(part(xlsx, "xl/worksheets/sheet2.xml")).doesNotContain("<f>");
  }

  @Test
  void spacesAtEitherEndOfAKeptCellAreKept() throws IOException {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of("note"));
    b.add("A", "Acme", 100, 0, new String[] {" x "});
    b.add("B", "Bo", 50, 0, new String[] {"\ty\n"});
    ParetoCurve curve = new ParetoCurve(b.build(), new int[] {0, 1});
    Segmentation s =
        new Segmentation(
            curve,
            new CutRule.ByCustomers(List.of(new BigDecimal("50"))),
            List.of(new Tier("Tier 1", 0, 1), new Tier("Tier 2", 1, 2)),
            Optional.empty());
    SegmentReport r =
        new SegmentReport(
            Fixtures.input(),
            Fixtures.exclusions(),
            s,
            List.of(tier("Tier 1", "100"), tier("Tier 2", "50")),
            Fixtures.concentration());
    byte[] xlsx = write(r, Optional.empty());
    List<Row> rows = rows(xlsx, "Tiers");
    assertThat(rows.get(1).getCellText(7)).isEqualTo(" x ");
    assertThat(rows.get(2).getCellText(7)).isEqualTo("\ty\n");
    assertThat(part(xlsx, "xl/sharedStrings.xml")).contains("<t xml:space=\"preserve\"> x </t>");
  }

  @Test
  void headerRowIsFrozenAndFiltered() throws Exception {
    byte[] xlsx = write(Fixtures.byMrrReport(), Optional.empty());
    Document sheet = xml(part(xlsx, "xl/worksheets/sheet2.xml"));
    Element pane = (Element) sheet.getElementsByTagName("pane").item(0);
    assertThat(pane.getAttribute("ySplit")).isEqualTo("1");
    assertThat(pane.getAttribute("xSplit")).isEqualTo("0");
    assertThat(pane.getAttribute("state")).isEqualTo("frozen");
    assertThat(pane.getAttribute("topLeftCell")).isEqualTo("A2");
    // Nine columns (two kept), six customers under the header.
    Element filter = (Element) sheet.getElementsByTagName("autoFilter").item(0);
    assertThat(filter.getAttribute("ref")).isEqualTo("A1:I7");
    assertThat(part(xlsx, "xl/workbook.xml"))
        .contains("_xlnm._FilterDatabase")
        .contains("'Tiers'!$A$1:$I$7");
  }

  @Test
  void numberFormatsShowMoneyCountsAndPercentagesWhileTheValuesStayTheCsvs() throws IOException {
    byte[] xlsx = write(Fixtures.byMrrReport(), Optional.empty());
    Row a1 = rows(xlsx, "Tiers").get(1);
    // The input's currency is USD.
    assertThat(a1.getCell(2).getDataFormatString()).isEqualTo("\"$\"#,##0.00");
    assertThat(a1.getCell(2).asNumber()).isEqualByComparingTo("500.00");
    assertThat(a1.getCell(4).getDataFormatString()).isEqualTo("#,##0");
    assertThat(a1.getCell(5).getDataFormatString()).isEqualTo("0.0000");
    Row top = rows(xlsx, "Summary").get(1);
    assertThat(top.getCell(2).getDataFormatString()).isEqualTo("0.0\"%\"");
    assertThat(top.getCell(2).asNumber()).isEqualByComparingTo("16.6667");
    assertThat(top.getCell(9).getDataFormatString()).isEqualTo("\"$\"#,##0.00");
  }

  @Test
  void moneyFormatNamesTheCurrency() {
    assertThat(Workbook.moneyFormat("")).isEqualTo("#,##0.00");
    assertThat(Workbook.moneyFormat("EUR")).isEqualTo("\"€\"#,##0.00");
    assertThat(Workbook.moneyFormat("CHF")).isEqualTo("#,##0.00\" CHF\"");
  }

  @Test
  void theChartIsThePngGivenShownAtMost960PixelsWide() throws Exception {
    byte[] png = png(1600, 900);
    byte[] xlsx = write(Fixtures.byMrrReport(), Optional.of(png));
    Map<String, byte[]> parts = parts(xlsx);
    assertThat(parts.keySet().stream().filter(n -> n.startsWith("xl/media/"))).hasSize(1);
    byte[] media =
        parts.entrySet().stream()
            .filter(e -> e.getKey().startsWith("xl/media/"))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertThat(media).isEqualTo(png);
    Document drawing = xml(new String(parts.get("xl/drawings/drawing1.xml"), UTF8));
    Element ext = (Element) drawing.getElementsByTagName("xdr:ext").item(0);
    assertThat(ext.getAttribute("cx")).isEqualTo(String.valueOf(960 * 9525));
    assertThat(ext.getAttribute("cy")).isEqualTo(String.valueOf(540 * 9525));
    // Anchored below the concentration block (row 14 of the Summary sheet).
    Element from = (Element) drawing.getElementsByTagName("xdr:from").item(0);
    assertThat(from.getElementsByTagName("xdr:row").item(0).getTextContent()).isEqualTo("14");
    assertThat(parts).containsKey("xl/worksheets/_rels/sheet1.xml.rels");
  }

  @Test
  void aSmallChartIsShownAtItsOwnSize() throws Exception {
    byte[] xlsx = write(Fixtures.byMrrReport(), Optional.of(png(480, 270)));
    Document drawing = xml(part(xlsx, "xl/drawings/drawing1.xml"));
    Element ext = (Element) drawing.getElementsByTagName("xdr:ext").item(0);
    assertThat(ext.getAttribute("cx")).isEqualTo(String.valueOf(480 * 9525));
  }

  @Test
  void noChartNoImage() throws IOException {
    Map<String, byte[]> parts = parts(write(Fixtures.byMrrReport(), Optional.empty()));
    assertThat(parts.keySet()).noneMatch(n -> n.startsWith("xl/media/") || n.contains("drawing"));
  }

  @Test
  void amountsKeepEveryDigitInTheFile() throws IOException {
    // 19 digits: the sheet's cell holds them all; Excel reads the nearest double.
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    b.add("BIG", "Big", 1234567890123456789L, 2, new String[0]);
    b.add("SMALL", "Small", 1, 2, new String[0]);
    ParetoCurve curve = new ParetoCurve(b.build(), new int[] {0, 1});
    Segmentation s =
        new Segmentation(
            curve,
            new CutRule.ByCustomers(List.of(new BigDecimal("50"))),
            List.of(new Tier("Tier 1", 0, 1), new Tier("Tier 2", 1, 2)),
            Optional.empty());
    SegmentReport r =
        new SegmentReport(
            Fixtures.input(),
            Fixtures.exclusions(),
            s,
            List.of(tier("Tier 1", "12345678901234567.89"), tier("Tier 2", "0.01")),
            Fixtures.concentration());
    byte[] xlsx = write(r, Optional.empty());
    Row big = rows(xlsx, "Tiers").get(1);
    assertThat(big.getCell(2).getRawValue()).isEqualTo("12345678901234567.89");
    // ARR past a long's range at this scale is the exact decimal too.
    assertThat(big.getCell(3).asNumber()).isEqualByComparingTo("148148146814814814.68");
    assertThat(rows(xlsx, "Summary").get(1).getCell(3).getRawValue())
        .isEqualTo("12345678901234567.89");
  }

  @Test
  void moreCustomersThanASheetHoldsIsADataError() {
    assertThat(Workbook.MAX_CUSTOMERS).isEqualTo(1_048_575);
    Workbook.requireFits(1_048_575, Workbook.MAX_CUSTOMERS);
    assertThatThrownBy(() -> Workbook.requireFits(1_048_576, Workbook.MAX_CUSTOMERS))
        .isInstanceOf(DataException.class)
        .hasMessage(
            "segment.xlsx holds at most 1,048,575 customers (a worksheet's rows less the header)"
                + " and this run has 1,048,576: leave out --xlsx (tiers.csv holds every"
                + " customer)");
  }

  @Test
  void pinnedCustomersCountAgainstTheSheet() {
    assertThat(Workbook.rows(pinnedReport())).isEqualTo(7);
    assertThat(Workbook.rows(Fixtures.byMrrReport())).isEqualTo(6);
  }

  @Test
  void manyRowsStreamAcrossFlushesInOrder() throws IOException {
    int n = 10_000;
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      b.add(String.format("C%05d", i), "Name " + i, (n - i) * 100L, 2, new String[0]);
      order[i] = i;
    }
    ParetoCurve curve = new ParetoCurve(b.build(), order);
    Segmentation s =
        new Segmentation(
            curve,
            new CutRule.ByCustomers(List.of(new BigDecimal("10"))),
            List.of(new Tier("Tier 1", 0, 1000), new Tier("Tier 2", 1000, n)),
            Optional.empty());
    SegmentReport r =
        new SegmentReport(
            Fixtures.input(),
            Fixtures.exclusions(),
            s,
            List.of(tier("Tier 1", "1"), tier("Tier 2", "1")),
            Fixtures.concentration());
    StringBuilder csv = new StringBuilder();
    TiersCsv.write(s, Overrides.none(), csv);
    byte[] xlsx = write(r, Optional.empty());
    assertSheetEqualsCsv(xlsx, "Tiers", csv.toString(), 0);
    // One style per column for every block of rows, not one per cell.
    assertThat(part(xlsx, "xl/styles.xml")).contains("<cellXfs count=\"");
    Row last = rows(xlsx, "Tiers").get(n);
    assertThat(last.getCell(4).getDataFormatString()).isEqualTo("#,##0");
  }

  @Test
  void rolledUpAccountsAreANumberColumnBeforeTheKeptOnes() throws IOException {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of("owner"), true);
    String[][] rows = {
      {"A", "Alpha", "P", "500", "Kim"},
      {"P", "Parent", "", "100", "Lee"},
      {"C", "Cedar", "", "300", ""},
      {"D", "Dune", "H", "100", "Ann"}
    };
    for (String[] row : rows) {
      b.row(row[0], row[1], row[2]);
      b.addRow(Long.parseLong(row[3]), 0, new String[] {row[4]});
    }
    // Customers P (600, 2 accounts), C (300), H (100, no row of its own): already in MRR order.
    ParetoCurve all = new ParetoCurve(b.build(), new int[] {0, 1, 2});
    ParetoCurve twoOnCurve = new ParetoCurve(all.customers(), new int[] {0, 1});
    for (boolean pinned : new boolean[] {false, true}) {
      ParetoCurve curve = pinned ? twoOnCurve : all;
      int n = curve.size();
      Segmentation s =
          new Segmentation(
              curve,
              new CutRule.ByCustomers(List.of(new BigDecimal("40"))),
              List.of(new Tier("Tier 1", 0, 1), new Tier("Tier 2", 1, n)),
              Optional.empty());
      Overrides overrides =
          pinned
              ? Overrides.of(new int[] {2}, new int[] {0}, new int[] {1}, null)
              : Overrides.none();
      SegmentReport r =
          new SegmentReport(
              Fixtures.input(),
              Fixtures.exclusions(),
              s,
              List.of(tier("Tier 1", "600"), tier("Tier 2", "400")),
              Fixtures.concentration(),
              overrides,
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      StringBuilder csv = new StringBuilder();
      TiersCsv.write(s, overrides, csv);
      assertThat(csv.toString()).contains(",accounts,owner\n").contains(",2,Kim\n");
      assertSheetEqualsCsv(write(r, Optional.empty()), "Tiers", csv.toString(), 0);
    }
  }

  /** A run with --pin: G-7 (off the curve, negative) pinned to the first tier; audit columns. */
  private static SegmentReport pinnedReport() {
    Overrides pins =
        Overrides.of(
            new int[] {6}, new int[] {0}, new int[] {3}, new int[] {-1, -1, 2, -1, -1, -1});
    return new SegmentReport(
        Fixtures.input(),
        Fixtures.exclusions(),
        Fixtures.byMrr(),
        Fixtures.byMrrStats(),
        Fixtures.concentration(),
        pins,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static TierStats tier(String label, String mrr) {
    BigDecimal m = new BigDecimal(mrr);
    BigDecimal fifty = new BigDecimal("50.0000");
    return new TierStats(label, 1, fifty, m, fifty, fifty, fifty, Optional.empty());
  }

  /**
   * Every CSV record against the sheet's row of the same number: numeric columns are number cells
   * holding the same decimal, empty cells are blank, text is the CSV's text less its formula '.
   * With {@code extraRows} 0 the sheet has no other row; otherwise later rows are the caller's.
   */
  public static void assertSheetEqualsCsv(byte[] xlsx, String sheet, String csv, int extraRows)
      throws IOException {
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    List<Row> rows = rows(xlsx, sheet);
    if (extraRows == 0) {
      assertThat(rows).hasSameSizeAs(records);
    } else {
      assertThat(rows.size()).isGreaterThanOrEqualTo(records.size());
    }
    List<String> header = records.get(0).toList();
    // The Summary sheet is for people: headings in words, amounts rounded once to cents.
    boolean summary = sheet.equals(Workbook.SUMMARY);
    for (int r = 0; r < records.size(); r++) {
      CSVRecord record = records.get(r);
      Row row = rows.get(r);
      assertThat(row.getRowNum()).isEqualTo(r + 1);
      for (int c = 0; c < record.size(); c++) {
        String expected = record.get(c);
        if (summary && r == 0) {
          expected = SummarySheet.HEADER.get(c);
        } else if (summary && header.get(c).startsWith("mrr") && !expected.isEmpty()) {
          expected = new BigDecimal(expected).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        Optional<Cell> cell = row.getOptionalCell(c);
        String where = sheet + " row " + (r + 1) + " column " + header.get(c);
        if (expected.isEmpty()) {
          assertThat(cell.map(Cell::getType).orElse(CellType.EMPTY))
              .as(where)
              .isEqualTo(CellType.EMPTY);
        } else if (r > 0 && NUMERIC.contains(header.get(c))) {
          assertThat(cell).as(where).isPresent();
          assertThat(cell.get().getType()).as(where).isEqualTo(CellType.NUMBER);
          assertThat(cell.get().asNumber()).as(where).isEqualByComparingTo(expected);
        } else {
          assertThat(cell).as(where).isPresent();
          assertThat(cell.get().getType()).as(where).isEqualTo(CellType.STRING);
          // The CSV neutralises text as it was read; the sheet holds that text.
          assertThat(CsvCells.neutralise(cell.get().asString())).as(where).isEqualTo(expected);
        }
      }
    }
  }

  static byte[] write(SegmentReport r, Optional<byte[]> png) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook.write(r, () -> png, out);
    return out.toByteArray();
  }

  private static ReadableWorkbook read(byte[] xlsx) throws IOException {
    return new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, true));
  }

  /** The sheet's rows by 0-based row number (a blank row is null). */
  private static List<Row> rows(byte[] xlsx, String name) throws IOException {
    try (ReadableWorkbook book = read(xlsx)) {
      List<Row> rows = new ArrayList<>();
      for (Row row : book.findSheet(name).orElseThrow().read()) {
        while (rows.size() < row.getRowNum() - 1) {
          rows.add(null);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
    // ZipFile, from the central directory: the workbook's entries carry their sizes after their
    // data, which ZipInputStream does not read.
    Path file = Files.createTempFile("segment", ".xlsx");
    try {
      Files.write(file, xlsx);
      Map<String, byte[]> parts = new LinkedHashMap<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry e : Collections.list(zip.entries())) {
          try (InputStream in = zip.getInputStream(e)) {
            parts.put(e.getName(), in.readAllBytes());
          }
        }
      }
      return parts;
    } finally {
      Files.delete(file);
    }
  }

  private static String part(byte[] xlsx, String name) throws IOException {
    byte[] bytes = parts(xlsx).get(name);
    assertThat(bytes).as(name).isNotNull();
    return new String(bytes, UTF8);
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }
}

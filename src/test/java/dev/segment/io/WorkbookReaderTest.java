package dev.segment.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.DataException;
import dev.segment.model.SkipReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkbookReaderTest {
  @TempDir Path tmp;

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private ReadResult read(List<List<Object>> rows, ReadOptions options) throws IOException {
    Path file = TestWorkbooks.write(tmp.resolve("customers.xlsx"), rows);
    return WorkbookReader.read(file, "customers.xlsx", Optional.empty(), options);
  }

  private ReadResult read(List<List<Object>> rows) throws IOException {
    return read(rows, ReadOptions.defaults());
  }

  @Test
  void numbersAreTheNumbersTheCellsHoldWithoutBinaryArtefacts() throws IOException {
    ReadResult r =
        read(
            List.of(
                row("customer_id", "name", "mrr"),
                row("a", "Acme", 0.1 + 0.2),
                row("b", "Bolt", 1234.56 + 0.01 - 0.01),
                row("c", "Core", 100),
                row("d", "Dyn", new BigDecimal("0.000001")),
                row("e", "Eon", 12.5)));
    assertThat(CustomerCsvReaderTest.ids(r)).containsExactly("a", "b", "c", "d", "e");
    assertThat(r.customers().mrr(0)).isEqualByComparingTo("0.3");
    assertThat(r.customers().mrr(1)).isEqualByComparingTo("1234.56");
    assertThat(r.customers().mrr(2)).isEqualByComparingTo("100");
    assertThat(r.customers().mrr(3)).isEqualByComparingTo("0.000001");
    assertThat(r.customers().mrr(4)).isEqualByComparingTo("12.5");
    assertThat(r.summary().rowsUsed()).isEqualTo(5);
  }

  @Test
  void textCellsAreReadAsWrittenWithEveryCsvRuleAfter() throws IOException {
    ReadResult r =
        read(
            List.of(
                row("Customer ID", "Company", "MRR"),
                row("  a  ", "Acme, Inc.", "$1,234.50"),
                row("b", "Bolt \"the\" one", "(20.00)"),
                row("a", "Acme again", 10),
                row("c", "Core", "12abc"),
                row("Grand Total", null, 1224.5)));
    assertThat(CustomerCsvReaderTest.ids(r)).containsExactly("a", "b");
    assertThat(CustomerCsvReaderTest.mrrs(r)).containsExactly("1244.50", "-20.00");
    assertThat(r.customers().name(0)).isEqualTo("Acme, Inc.");
    assertThat(r.customers().name(1)).isEqualTo("Bolt \"the\" one");
    assertThat(CustomerCsvReaderTest.tally(r, SkipReason.NON_NUMERIC_MRR).firstLines())
        .containsExactly(5L);
    assertThat(r.summary().footerLines()).isEqualTo(1);
  }

  @Test
  void lineNumbersAreTheSheetsRowNumbersAndMissingRowsAreBlankLines() throws IOException {
    List<List<Object>> rows =
        Arrays.asList(
            row("id", "mrr"), row("a", 1), null, null, row("b", "n/a"), row("c", "line\nbreak"));
    ReadResult r = read(rows);
    assertThat(CustomerCsvReaderTest.tally(r, SkipReason.NON_NUMERIC_MRR).firstLines())
        .containsExactly(5L, 6L);
    assertThat(r.summary().blankLines()).isEqualTo(2);
  }

  @Test
  void readsAsTheSameDataSavedAsCsvReads() throws IOException {
    ReadResult xlsx =
        read(
            Arrays.asList(
                row("id", "name", "mrr", "plan"),
                row("a", "Acme", 10.5, "pro"),
                null,
                row("b", "Bolt", "n/a", "free"),
                row("c", null, 3, "pro"),
                row("a", "Acme", 2, "pro")));
    ReadResult csv =
        CustomerCsvReaderTest.read(
            "id,name,mrr,plan\na,Acme,10.5,pro\n,,,\nb,Bolt,n/a,free\nc,,3,pro\na,Acme,2,pro\n");
    assertThat(CustomerCsvReaderTest.mrrs(xlsx)).isEqualTo(CustomerCsvReaderTest.mrrs(csv));
    assertThat(CustomerCsvReaderTest.ids(xlsx)).isEqualTo(CustomerCsvReaderTest.ids(csv));
    assertThat(xlsx.summary().skipped()).isEqualTo(csv.summary().skipped());
    assertThat(xlsx.summary().blankLines()).isEqualTo(csv.summary().blankLines());
    assertThat(xlsx.summary().rowsRead()).isEqualTo(csv.summary().rowsRead());
  }

  @Test
  void aWorkbookWithoutAStylesPartReadsItsNumbersAndText() throws IOException {
    List<List<Object>> rows =
        List.of(row("id", "name", "mrr"), row("a", "Acme", 10.5), row("b", "Bolt", "$1,200"));
    ReadResult styled = read(rows);
    Path file = withoutStyles(TestWorkbooks.write(tmp.resolve("styled.xlsx"), rows));
    ReadResult bare =
        WorkbookReader.read(file, "bare.xlsx", Optional.empty(), ReadOptions.defaults());
    assertThat(CustomerCsvReaderTest.ids(bare)).containsExactly("a", "b");
    assertThat(CustomerCsvReaderTest.mrrs(bare)).isEqualTo(CustomerCsvReaderTest.mrrs(styled));
  }

  /** The workbook as some generators write it: no xl/styles.xml, nor the entries naming it. */
  private Path withoutStyles(Path styled) throws IOException {
    Path bare = tmp.resolve("bare.xlsx");
    try (ZipFile in = new ZipFile(styled.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bare))) {
      for (ZipEntry e : Collections.list(in.entries())) {
        if (e.getName().equals("xl/styles.xml")) {
          continue;
        }
        String text = new String(in.getInputStream(e).readAllBytes(), UTF_8);
        if (e.getName().endsWith(".rels") || e.getName().equals("[Content_Types].xml")) {
          text = text.replaceAll("<(Relationship|Override)[^>]*styles[^>]*/>", "");
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(text.getBytes(UTF_8));
      }
    }
    return bare;
  }

  @Test
  void datesAreIsoDatesAndLogicalValuesTrueOrFalse() throws IOException {
    ReadResult r =
        read(
            List.of(
                row("id", "mrr", "since", "seen", "active"),
                row("a", 1, LocalDate.of(2024, 12, 1), LocalDateTime.of(2024, 12, 1, 13, 45), true),
                row("b", 2, LocalDate.of(1999, 2, 28), LocalDateTime.of(2025, 1, 1, 0, 0), false)),
            ReadOptions.builder().keep(KeepColumns.ALL).build());
    assertThat(r.customers().kept(0, 0)).isEqualTo("2024-12-01");
    assertThat(r.customers().kept(0, 1)).isEqualTo("2024-12-01T13:45:00");
    assertThat(r.customers().kept(0, 2)).isEqualTo("TRUE");
    assertThat(r.customers().kept(1, 0)).isEqualTo("1999-02-28");
    assertThat(r.customers().kept(1, 1)).isEqualTo("2025-01-01");
    assertThat(r.customers().kept(1, 2)).isEqualTo("FALSE");
  }

  @Test
  void aFormulaWithNoValueIsAnEmptyCellAndACurrencyFormatKeepsTheNumber() throws IOException {
    ReadResult r =
        read(
            List.of(
                row("id", "mrr"),
                row("a", new TestWorkbooks.Formatted(1234.5, "\"$\"#,##0.00")),
                row("b", new TestWorkbooks.Formula("1+1"))));
    assertThat(CustomerCsvReaderTest.mrrs(r)).containsExactly("1234.5");
    assertThat(CustomerCsvReaderTest.tally(r, SkipReason.EMPTY_MRR).firstLines())
        .containsExactly(3L);
  }

  @Nested
  class Sheets {
    private Path twoSheets() throws IOException {
      Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
      sheets.put("Notes", List.of(row("read me first")));
      sheets.put("Customers", List.of(row("id", "mrr"), row("x", 7)));
      return TestWorkbooks.write(tmp.resolve("book.xlsx"), sheets);
    }

    @Test
    void theFirstSheetIsReadUnlessOneIsNamed() throws IOException {
      Path file = twoSheets();
      assertThatThrownBy(
              () ->
                  WorkbookReader.read(file, "book.xlsx", Optional.empty(), ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("no customer id column");
      ReadResult r =
          WorkbookReader.read(file, "book.xlsx", Optional.of("customers"), ReadOptions.defaults());
      assertThat(CustomerCsvReaderTest.ids(r)).containsExactly("x");
    }

    @Test
    void anUnknownSheetNamesTheSheetsAndTheClosest() throws IOException {
      Path file = twoSheets();
      assertThatThrownBy(
              () ->
                  WorkbookReader.read(
                      file, "book.xlsx", Optional.of("Customer"), ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "book.xlsx: --sheet \"Customer\" names no sheet among [Notes, Customers]; did you"
                  + " mean \"Customers\"? Without --sheet the first sheet is read");
    }
  }

  @Nested
  class Refused {
    @Test
    void anOle2FileNamedXlsxSaysToSaveItAgain() throws IOException {
      Path file = tmp.resolve("old.xlsx");
      byte[] ole2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
      };
      Files.write(file, ole2);
      assertThatThrownBy(
              () -> WorkbookReader.read(file, "old.xlsx", Optional.empty(), ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("Excel 97-2003")
          .hasMessageContaining("save it as an .xlsx workbook or as CSV");
    }

    @Test
    void textNamedXlsxIsNoWorkbook() throws IOException {
      Path file = Files.writeString(tmp.resolve("text.xlsx"), "id,mrr\na,1\n");
      assertThatThrownBy(
              () ->
                  WorkbookReader.read(file, "text.xlsx", Optional.empty(), ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("text.xlsx: not an Excel workbook");
    }

    @Test
    void aBrokenZipIsADataError() throws IOException {
      Path file = tmp.resolve("broken.xlsx");
      Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
      assertThatThrownBy(
              () ->
                  WorkbookReader.read(
                      file, "broken.xlsx", Optional.empty(), ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("broken.xlsx: cannot be read as an Excel workbook");
    }

    @Test
    void aWorkbookOnStandardInputOrUnderACsvNameSaysWhatToDo() throws IOException {
      byte[] xlsx =
          Files.readAllBytes(
              TestWorkbooks.write(tmp.resolve("w.xlsx"), List.of(row("id", "mrr"), row("a", 1))));
      assertThatThrownBy(
              () ->
                  CustomerCsvReader.read(
                      new ByteArrayInputStream(xlsx), "-", ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "standard input holds an Excel workbook, which segment reads only from a file: save"
                  + " it as .xlsx and give its path (segment customers.xlsx), or save it as CSV");
      assertThatThrownBy(
              () ->
                  CustomerCsvReader.read(
                      new ByteArrayInputStream(xlsx), "export.csv", ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("export.csv: an Excel workbook (or another zip archive)");
    }

    @Test
    void shortInputIsStillReadAsCsv() throws IOException {
      ReadResult r =
          CustomerCsvReader.read(
              new ByteArrayInputStream("id,mrr\n".getBytes(UTF_8)), "-", ReadOptions.defaults());
      assertThat(r.customers().size()).isZero();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0.30000000000000004, 0.3",
    "1234.5600000000002, 1234.56",
    "100, 100",
    "1.0E-7, 0.00000010",
    "-120.5, -120.5",
    "0, 0",
    "123456789012345, 123456789012345",
    "1.2345678901234567E19, 12345678901234600000",
    "99999.99999999999, 100000",
  })
  void aStoredNumberIsReadToExcelsFifteenDigits(String stored, String read) {
    assertThat(CellText.number(new BigDecimal(stored))).isEqualTo(read);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "14||DATE",
        "22||DATE_TIME",
        "20||TIME",
        "0||NONE",
        "4||NONE",
        "164|yyyy-mm-dd|DATE",
        "164|d mmm yy|DATE",
        "164|mmm yyyy|DATE",
        "164|[$-409]m/d/yy h:mm AM/PM;@|DATE_TIME",
        "164|h:mm|TIME",
        "164|[h]:mm:ss|TIME",
        "164|\"$\"#,##0.00|NONE",
        "164|[Red]#,##0.00;[Blue]-#,##0.00|NONE",
        "164|#,##0 \"days\"|NONE",
        "164|_(* #,##0_);_(* (#,##0);_(* \"-\"??_);_(@_)|NONE",
        "164|0.00E+00|NONE",
        "164|General|NONE",
      })
  void aFormatShowsADateWhenItHasDateLetters(int id, String format, CellText.DateKind kind) {
    assertThat(CellText.dateKind(id, format)).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "45627, DATE, false, 2024-12-01",
    "45627.5729166667, DATE_TIME, false, 2024-12-01T13:45:00",
    "45627.5729166667, DATE, false, 2024-12-01",
    "45627, DATE_TIME, false, 2024-12-01",
    "0.5, TIME, false, 12:00:00",
    "1, DATE, false, 1900-01-01",
    "59, DATE, false, 1900-02-28",
    "61, DATE, false, 1900-03-01",
    "44165, DATE, true, 2024-12-01",
    "45627.99999999, DATE_TIME, false, 2024-12-02",
  })
  void aDateSerialIsAnIsoDate(String serial, CellText.DateKind kind, boolean date1904, String iso) {
    assertThat(CellText.date(new BigDecimal(serial), kind, date1904)).isEqualTo(iso);
  }
}

package dev.segment.io;

import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.text.Closest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVParser;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an Excel workbook ({@code .xlsx}) as SPEC "Input" says: its first sheet or the one named,
 * the first row the header, each cell as {@link CellText} writes it, then every rule for CSV, by
 * the same header step and row tally as {@link CustomerCsvReader}. Also refuses what it cannot read
 * (an {@code .xls}, a workbook on standard input or under a CSV name) with the fix.
 */
public final class WorkbookReader {
  private static final String SAVE_AS =
      "open it in Excel (or LibreOffice) and save it as an .xlsx workbook or as CSV";

  private WorkbookReader() {}

  /** True for a path segment reads as a workbook: one ending {@code .xlsx}, in any case. */
  public static boolean isWorkbook(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** True for a path ending {@code .xls}: Excel 97-2003's binary format, which segment refuses. */
  public static boolean isOldWorkbook(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".xls");
  }

  /** The data error for an {@code .xls} file. */
  public static DataException oldWorkbook(String source) {
    return new DataException(
        source + ": an Excel 97-2003 workbook (.xls), which segment does not read; " + SAVE_AS);
  }

  /**
   * Reads the sheet {@code sheet} (empty: the first) of the workbook at {@code file}.
   *
   * @throws DataException for a workbook segment cannot use (exit 3): not a workbook, no such
   *     sheet, and everything a CSV file can be refused for
   */
  public static ReadResult read(
      Path file, String source, Optional<String> sheet, ReadOptions options) throws IOException {
    String label = InputSummary.nameOf(source);
    byte[] head = new byte[8];
    int n;
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (isOle2(head, n)) {
      throw new DataException(
          label
              + ": an Excel 97-2003 workbook (.xls) named .xlsx, or a workbook with a password,"
              + " which segment does not read; "
              + SAVE_AS
              + " (without a password)");
    }
    if (!isZip(head, n)) {
      throw new DataException(
          label + ": not an Excel workbook (an .xlsx file is a zip archive); " + SAVE_AS);
    }
    ReadOptions read =
        options.ledger().needsFirstPass()
            ? sheetRecords(
                file, sheet, label, (records, name) -> FirstPass.scan(records, options, label))
            : options;
    return sheetRecords(
        file,
        sheet,
        label,
        (records, name) -> {
          ReadSteps.Header header = ReadSteps.Header.read(records, read, label);
          RowTally tally = header.tally(label, read);
          tally.readAll(records);
          ReadResult result = ReadSteps.result(source, label, header, tally, ',', read);
          return new ReadResult(result.customers(), result.summary().withSheet(name));
        });
  }

  /** What a step over the chosen sheet's rows, read as CSV records, gives. */
  private interface SheetStep<T> {
    T apply(Records records, String sheetName) throws IOException;
  }

  /**
   * Opens the workbook and runs {@code step} over its chosen sheet; a first pass ({@code --latest},
   * the END convention) opens it a second time, as a CSV file is read twice.
   */
  private static <T> T sheetRecords(
      Path file, Optional<String> sheet, String label, SheetStep<T> step) throws IOException {
    try (ReadableWorkbook workbook = open(file, label)) {
      Sheet chosen = sheet(workbook, sheet, label);
      try (Stream<Row> rows = chosen.openStream()) {
        SheetText text = new SheetText(rows.iterator(), workbook.isDate1904());
        try (CSVParser parser =
            CSVParser.builder().setReader(text).setFormat(ReadSteps.format(',')).get()) {
          return step.apply(text.records(parser), chosen.getName());
        }
      }
    } catch (ExcelReaderException | ZipException e) {
      throw notAWorkbook(label, e);
    }
  }

  /**
   * The workbook, with its cell formats (a date cell is told from a number by its format). A
   * workbook with no styles part, which some generators leave out and Excel always writes, has no
   * formats to read, so it is opened again without them rather than refused.
   */
  private static ReadableWorkbook open(Path file, String label) {
    try {
      return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
    } catch (IOException | ExcelReaderException e) {
      // The file was just read: what fails here is its content (a zip or XML it cannot be).
      try {
        return new ReadableWorkbook(file.toFile(), new ReadingOptions(false, true));
      } catch (IOException | ExcelReaderException again) {
        throw notAWorkbook(label, e);
      }
    }
  }

  private static DataException notAWorkbook(String label, Exception e) {
    return new DataException(
        label + ": cannot be read as an Excel workbook (" + e.getMessage() + "); " + SAVE_AS, e);
  }

  private static Sheet sheet(ReadableWorkbook workbook, Optional<String> name, String label) {
    List<Sheet> sheets = workbook.getSheets().toList();
    if (sheets.isEmpty()) {
      throw new DataException(label + ": the workbook has no sheet");
    }
    if (name.isEmpty()) {
      return sheets.get(0);
    }
    String wanted = name.get();
    List<String> names = new ArrayList<>();
    for (Sheet s : sheets) {
      names.add(s.getName());
    }
    for (Sheet s : sheets) {
      if (s.getName().equals(wanted)) {
        return s;
      }
    }
    // Excel itself never holds two sheets whose names differ only in case.
    for (Sheet s : sheets) {
      if (s.getName().equalsIgnoreCase(wanted.strip())) {
        return s;
      }
    }
    List<String> lower = new ArrayList<>();
    for (String s : names) {
      lower.add(s.toLowerCase(Locale.ROOT));
    }
    Optional<String> closest =
        Optional.of(Closest.index(wanted.strip().toLowerCase(Locale.ROOT), lower))
            .filter(i -> i >= 0)
            .map(names::get);
    throw new DataException(
        label
            + ": --sheet \""
            + wanted
            + "\" names no sheet among "
            + names
            + closest.map(c -> "; did you mean \"" + c + "\"? W").orElse("; w")
            + "ithout --sheet the first sheet is read");
  }

  /**
   * {@code in}, refused when it starts as a workbook does (a zip archive or an OLE2 file), with the
   * first bytes put back otherwise: a workbook read as CSV text fails on a NUL byte, which says
   * nothing of the fix.
   */
  static InputStream refuseWorkbook(InputStream in, String source) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 8);
    byte[] head = new byte[8];
    int n = 0;
    int r;
    while (n < head.length && (r = pushback.read(head, n, head.length - n)) > 0) {
      n += r;
    }
    if (n > 0) {
      pushback.unread(head, 0, n);
    }
    boolean ole2 = isOle2(head, n);
    if (!ole2 && !isZip(head, n)) {
      return pushback;
    }
    String label = InputSummary.nameOf(source);
    if (label.equals(InputSummary.STANDARD_INPUT)) {
      throw new DataException(
          label
              + " holds "
              + (ole2 ? "an Excel 97-2003 workbook (.xls)" : "an Excel workbook")
              + ", which segment reads only from a file: save it as .xlsx and give its path"
              + " (segment customers.xlsx), or save it as CSV");
    }
    if (ole2) {
      throw oldWorkbook(label);
    }
    throw new DataException(
        label
            + ": an Excel workbook (or another zip archive), not CSV text; give a workbook a"
            + " name ending .xlsx, or save it as CSV");
  }

  private static boolean isZip(byte[] head, int n) {
    return n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** The OLE2 compound file signature: .xls, and .xlsx files encrypted with a password. */
  private static boolean isOle2(byte[] head, int n) {
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    if (n < ole2.length) {
      return false;
    }
    for (int i = 0; i < ole2.length; i++) {
      if (head[i] != ole2[i]) {
        return false;
      }
    }
    return true;
  }
}

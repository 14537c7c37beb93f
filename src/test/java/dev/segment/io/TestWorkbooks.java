package dev.segment.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Small .xlsx files for the tests, written by fastexcel: each sheet a list of rows (a null row is
 * left out of the sheet, a null cell too), a {@link LocalDate} formatted as a date, a {@link
 * LocalDateTime} as a date and time, a {@link Formula} as a formula with no cached value.
 */
public final class TestWorkbooks {
  private TestWorkbooks() {}

  /** A formula cell, written without a value (as a library that does not calculate writes it). */
  public record Formula(String text) {}

  /** A number cell shown with a custom number format, such as a currency's. */
  public record Formatted(Number value, String format) {}

  /** One sheet named {@code Sheet1}. */
  public static Path write(Path file, List<List<Object>> rows) throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Sheet1", rows);
    return write(file, sheets);
  }

  /** Sheets in the order given. */
  public static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "segment-tests", "1.0");
      for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        List<List<Object>> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          List<Object> row = rows.get(r);
          if (row == null) {
            continue;
          }
          for (int c = 0; c < row.size(); c++) {
            cell(ws, r, c, row.get(c));
          }
        }
      }
      workbook.finish();
    }
    return file;
  }

  private static void cell(Worksheet ws, int r, int c, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      ws.value(r, c, s);
    } else if (value instanceof Number n) {
      ws.value(r, c, n);
    } else if (value instanceof Boolean b) {
      ws.value(r, c, b);
    } else if (value instanceof LocalDate d) {
      ws.value(r, c, d);
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else if (value instanceof LocalDateTime t) {
      ws.value(r, c, t);
      ws.style(r, c).format("dd/mm/yyyy hh:mm").set();
    } else if (value instanceof Formula f) {
      ws.formula(r, c, f.text());
    } else if (value instanceof Formatted f) {
      ws.value(r, c, f.value());
      ws.style(r, c).format(f.format()).set();
    } else {
      throw new IllegalArgumentException("no cell for " + value.getClass());
    }
  }
}

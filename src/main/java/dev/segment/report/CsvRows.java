package dev.segment.report;

import java.io.Flushable;
import java.io.IOException;

/**
 * Writes CSV records cell by cell through {@link CsvCells#FORMAT}, which quotes a cell only when it
 * needs it.
 *
 * <p>It does what Commons CSV's {@code CSVPrinter} does, through the same format. CSVPrinter's
 * class file refers to SpotBugs annotations that are not on the class path, and the compiler's
 * warning about them would fail a {@code -Werror} build.
 */
final class CsvRows {
  private final Appendable out;
  private boolean newRecord = true;

  CsvRows(Appendable out) {
    this.out = out;
  }

  void cell(CharSequence value) throws IOException {
    CsvCells.FORMAT.print(value, out, newRecord);
    newRecord = false;
  }

  void endRow() throws IOException {
    CsvCells.FORMAT.println(out);
    newRecord = true;
  }

  void flush() throws IOException {
    if (out instanceof Flushable f) {
      f.flush();
    }
  }
}

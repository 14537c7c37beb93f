package dev.segment.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;

/**
 * A worksheet's rows as CSV text, one record per row, produced as the parser asks for it: the
 * workbook is read through the same CSV records, header step and row tally as a CSV file, so every
 * rule for CSV holds for it without a second home. Rows the sheet leaves out between two rows are
 * empty lines, as Excel's own CSV save writes them; the sheet's row number of each record is kept,
 * so messages name the row Excel shows.
 */
final class SheetText extends Reader {
  private final Iterator<Row> rows;
  private final boolean date1904;
  private final StringBuilder pending = new StringBuilder();
  private int taken;
  private int nextRow = 1;
  // The row numbers of the records written and not yet read back, oldest first (a ring).
  private long[] numbers = new long[64];
  private int head;
  private int count;

  SheetText(Iterator<Row> rows, boolean date1904) {
    this.rows = rows;
    this.date1904 = date1904;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (taken == pending.length()) {
      pending.setLength(0);
      taken = 0;
      if (!rows.hasNext()) {
        return -1;
      }
      write(rows.next());
    }
    int n = Math.min(length, pending.length() - taken);
    pending.getChars(taken, taken + n, buffer, offset);
    taken += n;
    return n;
  }

  private void write(Row row) {
    int number = row.getRowNum();
    while (nextRow < number) {
      pending.append('\n');
      queue(nextRow++);
    }
    int cells = row.getCellCount();
    for (int c = 0; c < cells; c++) {
      if (c > 0) {
        pending.append(',');
      }
      quoted(CellText.of(row.getCell(c), date1904));
    }
    pending.append('\n');
    queue(number);
    nextRow = number + 1;
  }

  /** A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
  private void quoted(String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      pending.append(text);
      return;
    }
    pending.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        pending.append('"');
      }
      pending.append(c);
    }
    pending.append('"');
  }

  private void queue(long number) {
    if (count == numbers.length) {
      long[] grown = Arrays.copyOf(numbers, numbers.length * 2);
      System.arraycopy(numbers, 0, grown, numbers.length, head);
      numbers = grown;
    }
    numbers[(head + count) % numbers.length] = number;
    count++;
  }

  /** The row number of the oldest record not yet read back. */
  private long dequeue() {
    long number = numbers[head];
    head = (head + 1) % numbers.length;
    count--;
    return number;
  }

  @Override
  public void close() {}

  /** The records {@code parser} reads from this text, each with its sheet row number as line. */
  Records records(CSVParser parser) {
    Iterator<CSVRecord> records = parser.iterator();
    return new Records() {
      private long line = 1;

      @Override
      public CSVRecord next() {
        if (!records.hasNext()) {
          return null;
        }
        CSVRecord record = records.next();
        line = dequeue();
        return record;
      }

      @Override
      public long line() {
        return line;
      }
    };
  }
}

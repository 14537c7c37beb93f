package dev.segment.rows;

import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.math.BigDecimal;

/**
 * {@code --interval-column} (and {@code --interval-count-column}): the row's billing interval as
 * intervals a year and its intervals a period, into the {@link Row}; a word or count segment does
 * not know skips the row.
 */
public final class Interval extends RowStep {
  private final int column;
  private final int countColumn;
  private final SkippedRows.Collector skipped;
  // Exports repeat an interval row after row: the same cell text needs no second lookup.
  private String lastCell;
  private int lastPerYear;

  /**
   * @param countColumn the intervals-per-period column, or -1
   */
  public Interval(int column, int countColumn, SkippedRows.Collector skipped) {
    this.column = column;
    this.countColumn = countColumn;
    this.skipped = skipped;
  }

  @Override
  public boolean take(Row row) {
    String cell = row.cell(column);
    if (!cell.equals(lastCell)) {
      lastCell = cell;
      lastPerYear = Intervals.perYear(cell);
    }
    row.perYear = lastPerYear;
    if (lastPerYear == 0 || (countColumn >= 0 && !readCount(row))) {
      skipped.skip(SkipReason.INTERVAL, row.line);
      return false;
    }
    return true;
  }

  /** Digits only (an empty cell is 1, 0 is no count); past 18 digits into bigCount. */
  private boolean readCount(Row row) {
    String c = row.cell(countColumn).strip();
    if (c.isEmpty()) {
      return true;
    }
    int first = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
      if (ch == '0' && first == i) {
        first++;
      }
    }
    int digits = c.length() - first;
    if (digits == 0) {
      return false; // 0 intervals a period
    }
    if (digits > 18) {
      row.bigCount = new BigDecimal(c.substring(first));
    } else {
      row.count = Long.parseLong(c, first, c.length(), 10);
    }
    return true;
  }
}

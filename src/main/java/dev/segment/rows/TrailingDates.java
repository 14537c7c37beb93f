package dev.segment.rows;

import dev.segment.dates.CellDates;
import dev.segment.dates.TrailingWindow;
import dev.segment.model.FilterCount;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.util.List;

/**
 * {@code --trailing MONTHS --date-column DATE}: a row dated outside the window ending on the as-of
 * date is filtered, one whose date cell is no date is skipped, and a row inside pays for 1/MONTHS
 * of a month (the run rate).
 */
public final class TrailingDates extends RowStep {
  private final RowDates dates;
  private final int column;
  private final int after;
  private final long months;
  private final String expression;
  private final SkippedRows.Collector skipped;
  private long filtered;

  /**
   * @param expression the options as the report names them
   */
  public TrailingDates(
      RowDates dates,
      int column,
      TrailingWindow window,
      String expression,
      SkippedRows.Collector skipped) {
    this.dates = dates;
    this.column = column;
    this.after = window.after();
    this.months = window.months();
    this.expression = expression;
    this.skipped = skipped;
  }

  @Override
  public boolean take(Row row) {
    String cell = row.cell(column);
    int d = dates.read(cell, row.line);
    if (!CellDates.isDate(d)) {
      skipped.skip(SkipReason.DATE, row.line, cell);
      return false;
    }
    if (d <= after || d > dates.asOf()) {
      filtered++;
      return false;
    }
    row.over = months;
    return true;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    filtered += ((TrailingDates) later).filtered;
  }

  @Override
  public long filtered() {
    return filtered;
  }

  @Override
  public void filterCounts(List<FilterCount> out) {
    out.add(new FilterCount(expression, filtered, FilterCount.Reason.DATE));
  }
}

package dev.segment.rows;

import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;

/** A row with values past the header's last column (an unquoted comma shifted it): skipped. */
public final class ShiftedColumns extends RowStep {
  private final int headerSize;
  private final SkippedRows.Collector skipped;

  public ShiftedColumns(int headerSize, SkippedRows.Collector skipped) {
    this.headerSize = headerSize;
    this.skipped = skipped;
  }

  @Override
  public boolean take(Row row) {
    if (row.size > headerSize && Row.firstNonBlankAfter(row.record, headerSize - 1) >= 0) {
      skipped.skip(SkipReason.SHIFTED_COLUMNS, row.line);
      return false;
    }
    return true;
  }
}

package dev.segment.rows;

import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.math.BigDecimal;

/**
 * {@code --quantity-column}: a plain decimal ≥ 0 (an empty cell is 1) into the {@link Row}, past 18
 * significant digits as a {@link BigDecimal}; any other cell skips the row.
 */
public final class Quantity extends RowStep {
  private final int column;
  private final SkippedRows.Collector skipped;

  public Quantity(int column, SkippedRows.Collector skipped) {
    this.column = column;
    this.skipped = skipped;
  }

  @Override
  public boolean take(Row row) {
    if (!read(row, row.cell(column).strip())) {
      skipped.skip(SkipReason.QUANTITY, row.line);
      return false;
    }
    return true;
  }

  private static boolean read(Row row, String q) {
    if (q.isEmpty()) {
      return true;
    }
    long n = 0;
    int digits = 0;
    int significant = 0;
    int decimals = -1;
    for (int i = 0; i < q.length(); i++) {
      char ch = q.charAt(i);
      if (ch == '.') {
        if (decimals >= 0) {
          return false;
        }
        decimals = 0;
        continue;
      }
      if (ch < '0' || ch > '9') {
        return false;
      }
      digits++;
      if (decimals >= 0) {
        decimals++;
      }
      if (significant > 0 || ch != '0') {
        significant++;
        n = significant <= 18 ? n * 10 + (ch - '0') : n;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (significant > 18) {
      row.bigQuantity = new BigDecimal(q.startsWith(".") ? "0" + q : q);
      return true;
    }
    row.quantityUnscaled = n;
    row.quantityScale = Math.max(0, decimals);
    return true;
  }
}

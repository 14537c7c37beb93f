package dev.segment.rows;

import dev.segment.model.CustomerIds;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;

/**
 * The row's customer id (a row without one is skipped) and, with {@code --parent-column}, its
 * parent, noted before the amount is read: a row skipped for its amount still names the account's
 * parent.
 */
public final class IdAndParent extends RowStep {
  private final int idColumn;
  private final int parentColumn;
  private final CustomersBuilder builder;
  private final SkippedRows.Collector skipped;

  /**
   * @param parentColumn the {@code --parent-column}, or -1 when rows are not rolled up
   */
  public IdAndParent(
      int idColumn, int parentColumn, CustomersBuilder builder, SkippedRows.Collector skipped) {
    this.idColumn = idColumn;
    this.parentColumn = parentColumn;
    this.builder = builder;
    this.skipped = skipped;
  }

  @Override
  public boolean take(Row row) {
    String id = CustomerIds.trim(row.cell(idColumn));
    if (id.isEmpty()) {
      skipped.skip(SkipReason.MISSING_ID, row.line);
      return false;
    }
    row.id = id;
    if (parentColumn >= 0) {
      builder.row(id, row.name(), CustomerIds.trim(row.cell(parentColumn)));
    }
    return true;
  }
}

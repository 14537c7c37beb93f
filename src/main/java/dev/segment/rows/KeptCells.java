package dev.segment.rows;

import dev.segment.model.CustomersBuilder;

/** The cells {@code --keep-columns} carries into tiers.csv, and the {@code --group-by} cell. */
public final class KeptCells extends RowStep {
  private final int[] columns;
  private final int groupColumn;
  private final CustomersBuilder builder;

  /**
   * @param groupColumn the {@code --group-by} column, or -1
   */
  public KeptCells(int[] columns, int groupColumn, CustomersBuilder builder) {
    this.columns = columns.clone();
    this.groupColumn = groupColumn;
    this.builder = builder;
  }

  @Override
  public boolean take(Row row) {
    String[] kept = row.kept;
    for (int k = 0; k < columns.length; k++) {
      kept[k] = row.cell(columns[k]);
    }
    if (groupColumn >= 0) {
      builder.group(row.cell(groupColumn));
    }
    return true;
  }
}

package dev.segment.rows;

import dev.segment.model.CustomersBuilder;

/**
 * The last step of a plain read: the amount as written, added to its customer (or, rolled up, to
 * the row noted by {@link IdAndParent}); the row is used.
 */
public final class Sum extends RowStep {
  private final CustomersBuilder builder;
  private final AmountReader money;
  private final boolean rollingUp;
  private long used;

  public Sum(CustomersBuilder builder, AmountReader money) {
    this.builder = builder;
    this.money = money;
    this.rollingUp = builder.rollingUp();
  }

  @Override
  public boolean take(Row row) {
    int scale = money.scale();
    if (rollingUp) {
      if (row.wide) {
        builder.addRow(money.wideUnscaled(), scale, row.kept);
      } else {
        builder.addRow(money.unscaled(), scale, row.kept);
      }
    } else if (row.wide) {
      builder.add(row.id, row.name(), money.wideUnscaled(), scale, row.kept);
    } else {
      builder.add(row.id, row.name(), money.unscaled(), scale, row.kept);
    }
    used++;
    return true;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    used += ((Sum) later).used;
  }

  @Override
  public long used() {
    return used;
  }
}

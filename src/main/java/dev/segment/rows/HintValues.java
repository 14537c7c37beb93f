package dev.segment.rows;

/**
 * The values of the columns the report's hints list, over the rows the filters kept: a status
 * column no filter names, and unused interval-, quantity- and count-like columns.
 */
public final class HintValues extends RowStep {
  /** The status column's place among the hint columns (status, interval, quantity, count). */
  private static final int STATUS = 0;

  private final int[] columns;
  private final ValueTally[] tallies;

  /** Each column, or -1 when there is none. */
  public HintValues(int status, int interval, int quantity, int count) {
    this.columns = new int[] {status, interval, quantity, count};
    this.tallies = new ValueTally[columns.length];
    for (int k = 0; k < columns.length; k++) {
      tallies[k] = columns[k] < 0 ? null : new ValueTally();
    }
  }

  /** True when there is a column to count. */
  public boolean counts() {
    for (int c : columns) {
      if (c >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean take(Row row) {
    for (int k = 0; k < columns.length; k++) {
      if (tallies[k] != null) {
        tallies[k].add(row.cell(columns[k]));
      }
    }
    return true;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    ValueTally[] more = ((HintValues) later).tallies;
    for (int k = 0; k < tallies.length; k++) {
      if (tallies[k] != null) {
        tallies[k].absorb(more[k]);
      }
    }
  }

  /**
   * True when a column had more distinct values than it keeps: stretches absorbed in order are then
   * not proven to count what one pass counts.
   */
  public boolean valuesCapped() {
    for (ValueTally t : tallies) {
      if (t != null && t.capped()) {
        return true;
      }
    }
    return false;
  }

  /** The status column's values, or null when there is no such column. */
  public ValueTally status() {
    return tallies[STATUS];
  }
}

package dev.segment.rows;

import dev.segment.model.FilterCount;
import java.util.List;

/**
 * The {@code --where} filters, before anything is parsed (a filtered row is not a skipped one): a
 * row that fails one is counted under the first it fails, and the report lists each expression with
 * its count.
 */
public final class Filters extends RowStep {
  private final RowFilter[] filters;
  private final FilterCells[] cells;
  private final long[] filtered;

  /**
   * @param columns each filter's columns, in the order of its {@link RowFilter#columns()}
   * @param amounts makes the readers a filter comparing amounts uses
   */
  public Filters(List<RowFilter> filters, int[][] columns, AmountReader.Maker amounts) {
    this.filters = filters.toArray(new RowFilter[0]);
    this.cells = new FilterCells[this.filters.length];
    this.filtered = new long[this.filters.length];
    AmountReader point = amounts.make(false);
    AmountReader comma = amounts.make(true);
    for (int f = 0; f < cells.length; f++) {
      cells[f] = new FilterCells(columns[f], point, comma);
    }
  }

  @Override
  public boolean take(Row row) {
    for (int f = 0; f < filters.length; f++) {
      FilterCells c = cells[f];
      c.at(row);
      if (!filters[f].keeps(c)) {
        filtered[f]++;
        return false;
      }
    }
    return true;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    long[] more = ((Filters) later).filtered;
    for (int f = 0; f < filtered.length; f++) {
      filtered[f] += more[f];
    }
  }

  @Override
  public long filtered() {
    long n = 0;
    for (long f : filtered) {
      n += f;
    }
    return n;
  }

  @Override
  public void filterCounts(List<FilterCount> out) {
    for (int f = 0; f < filters.length; f++) {
      out.add(new FilterCount(filters[f].expression(), filtered[f]));
    }
  }
}

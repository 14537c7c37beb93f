package dev.segment.rows;

import java.util.function.Predicate;

/**
 * The cells one {@link RowFilter} reads, by the position of each column it names: {@link #get}(0)
 * is the first column's cell. One instance per filter and tally, pointed at each row in turn, with
 * the tally's amount readers for a filter that compares amounts.
 */
public final class FilterCells {
  private final int[] columns;
  private final AmountReader point;
  private final AmountReader comma;
  private Row row;
  private String only;

  FilterCells(int[] columns, AmountReader point, AmountReader comma) {
    this.columns = columns.clone();
    this.point = point;
    this.comma = comma;
  }

  /**
   * A one-column filter as a test of one cell, as the read hints ask which values it keeps: the
   * test reuses its cells and readers, so it is for one thread.
   */
  public static Predicate<String> cellTest(RowFilter filter, AmountReader.Maker amounts) {
    FilterCells cells = new FilterCells(new int[1], amounts.make(false), amounts.make(true));
    return cell -> {
      cells.only = cell;
      return filter.keeps(cells);
    };
  }

  void at(Row row) {
    this.row = row;
  }

  /** The cell of the filter's {@code k}-th column ("" past the row's end). */
  public String get(int k) {
    return row == null ? only : row.cell(columns[k]);
  }

  /** A reader of amounts with a decimal point, or with a decimal comma. */
  public AmountReader amounts(boolean decimalComma) {
    return decimalComma ? comma : point;
  }
}

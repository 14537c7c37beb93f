package dev.segment.rows;

import java.math.BigDecimal;
import org.apache.commons.csv.CSVRecord;

/**
 * The row the steps are reading and what the steps before have found in it: one instance per tally,
 * set for each row by {@link #at}, so a step hands its findings on without allocating. Each group
 * of fields is written by one step, named beside it, and read only by the steps after it.
 */
public final class Row {
  private static final String[] NO_KEPT = new String[0];

  private final int nameColumn;
  CSVRecord record;
  int size;
  long line;
  long ordinal;

  // IdAndParent: the trimmed id.
  String id;

  // Amount: the cell, and whether it read past a long.
  String amountCell;
  boolean wide;

  // Interval and Quantity (1 without their columns): intervals a year, intervals a period (past 18
  // digits in bigCount), the quantity unscaled at its scale (past 18 digits in bigQuantity).
  int perYear;
  long count;
  BigDecimal bigCount;
  long quantityUnscaled;
  int quantityScale;
  BigDecimal bigQuantity;

  // ServicePeriods and TrailingDates: the month share the amount pays for, times ÷ over.
  BigDecimal times;
  long over;

  // CurrencyAndRate: the currency written in the amount, the first currency column's code, the
  // row's currency under --rates and its rate (an inverse rate divides).
  String written;
  String columnCode;
  String rowCode;
  BigDecimal rate;
  boolean rateInverse;

  // KeptCells: the kept cells (the builder copies them when it stores them, so one array serves).
  final String[] kept;

  /**
   * @param nameColumn the name column, or -1
   * @param keptColumns how many columns are kept into tiers.csv
   */
  public Row(int nameColumn, int keptColumns) {
    this.nameColumn = nameColumn;
    this.kept = keptColumns == 0 ? NO_KEPT : new String[keptColumns];
  }

  /** Starts the next row: its record, first physical line and ordinal after the header. */
  public void at(CSVRecord record, long line, long ordinal) {
    this.record = record;
    this.size = record.size();
    this.line = line;
    this.ordinal = ordinal;
    perYear = 1;
    count = 1;
    bigCount = null;
    quantityUnscaled = 1;
    quantityScale = 0;
    bigQuantity = null;
    times = BigDecimal.ONE;
    over = 1;
    written = null;
    columnCode = null;
    rowCode = null;
    rate = BigDecimal.ONE;
    rateInverse = false;
  }

  /** The cell at a 0-based column, or "" past the row's end. */
  String cell(int column) {
    return column < size ? record.get(column) : "";
  }

  /** The trimmed name cell, or "" without a name column. */
  String name() {
    return nameColumn < 0 ? "" : cell(nameColumn).trim();
  }

  /** The first non-blank cell after {@code column}, or -1. */
  static int firstNonBlankAfter(CSVRecord row, int column) {
    for (int i = column + 1, n = row.size(); i < n; i++) {
      if (!row.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}

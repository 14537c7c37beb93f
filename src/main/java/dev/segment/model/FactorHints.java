package dev.segment.model;

import java.util.Optional;

/**
 * The warnings that a row formula factor is left at 1 though the header seems to hold it: the money
 * column is read as a price ({@code --mrr-column} naming no MRR name, or {@code --interval-column}
 * given), and an unused column is named like a quantity ({@code Quantity}, {@code seats}, …) or an
 * interval count ({@code Interval Count}, {@code billing_period_count}, …) whose values are not all
 * 1.
 *
 * @param quantity the quantity-like column and its values, when {@code --quantity-column} would
 *     change the figures
 * @param intervalCount the interval-count-like column and its values, when {@code
 *     --interval-count-column} would
 */
public record FactorHints(Optional<Column> quantity, Optional<Column> intervalCount) {
  /** No factor hint. */
  public static final FactorHints NONE = new FactorHints(Optional.empty(), Optional.empty());

  /**
   * One hinted column.
   *
   * @param column its header as written
   * @param values its values over the rows that passed the filters
   */
  public record Column(String column, ValueCounts values) {}
}

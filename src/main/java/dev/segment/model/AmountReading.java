package dev.segment.model;

import java.util.Optional;

/**
 * How each row's amount became its value (SPEC's one formula per row), by the headers of the
 * columns read: all empty and false for a file read as plain MRR or ARR.
 *
 * @param intervalColumn the billing interval column; the values are then annual
 * @param intervalCountColumn the intervals-per-period column
 * @param quantityColumn the quantity column
 * @param minorUnits amounts were read in the currency's minor unit (cents)
 * @param dated how MRR was read on a date (SPEC "MRR on a date"), when one of its options was given
 */
public record AmountReading(
    Optional<String> intervalColumn,
    Optional<String> intervalCountColumn,
    Optional<String> quantityColumn,
    boolean minorUnits,
    Optional<DateReading> dated) {

  /** A plain read: every amount is taken as written. */
  public static final AmountReading PLAIN =
      new AmountReading(Optional.empty(), Optional.empty(), Optional.empty(), false);

  public AmountReading {
    if (dated == null) {
      throw new NullPointerException("dated must not be null; use Optional.empty()");
    }
  }

  /** A reading with no date rule. */
  public AmountReading(
      Optional<String> intervalColumn,
      Optional<String> intervalCountColumn,
      Optional<String> quantityColumn,
      boolean minorUnits) {
    this(intervalColumn, intervalCountColumn, quantityColumn, minorUnits, Optional.empty());
  }

  /** True when some factor of the formula was read from the file or asked for. */
  public boolean usesFormula() {
    return intervalColumn.isPresent() || quantityColumn.isPresent() || minorUnits;
  }
}

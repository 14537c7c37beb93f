package dev.segment.model;

import java.math.BigDecimal;

/**
 * SPEC's facts about how an amount becomes MRR, each written once: a year is twelve months (MRR =
 * ARR / 12, ARR = MRR × 12), and a value that does not end is rounded half-even to six decimals (or
 * its amount's own decimals, where more).
 */
public final class Mrr {
  /** Months in a year: MRR = ARR / 12 and ARR = MRR × 12. */
  public static final int MONTHS_A_YEAR = 12;

  /** {@link #MONTHS_A_YEAR} as a decimal, for exact sums. */
  public static final BigDecimal TWELVE = BigDecimal.valueOf(MONTHS_A_YEAR);

  /** The fewest decimals a worked-out value is rounded half-even to when it does not end. */
  public static final int DECIMALS = 6;

  private Mrr() {}

  /** The ARR of a monthly amount, exact. */
  public static BigDecimal arr(BigDecimal mrr) {
    return mrr.multiply(TWELVE);
  }
}

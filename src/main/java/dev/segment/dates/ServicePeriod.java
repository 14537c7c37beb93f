package dev.segment.dates;

import java.math.BigDecimal;

/**
 * The length of a service period from START to END in months, SPEC's way: k whole calendar months
 * when END is START plus k months (END exclusive) or that less one day (END inclusive); otherwise
 * its days ÷ 30.436875 (the Gregorian mean month, 365.2425 ÷ 12), the days counted by the file's
 * END convention. A month count is the pair ({@link #times}, {@link #over}) such that the row's
 * monthly amount is amount × times ÷ over: (1, k) for k whole months, (30.436875, d) for d days.
 */
public final class ServicePeriod {
  /** Days in the Gregorian mean month. */
  public static final BigDecimal MEAN_MONTH_DAYS = new BigDecimal("30.436875");

  private ServicePeriod() {}

  /** k ≥ 1 when END is START plus k calendar months (the day clamped), else 0. */
  public static long wholeMonthsExclusive(int start, int end) {
    if (end <= start) {
      return 0;
    }
    long k = Calendar.monthsBetween(start, end);
    return k >= 1 && Calendar.plusMonths(start, k) == end ? k : 0;
  }

  /** k ≥ 1 when END is START plus k calendar months less one day, else 0. */
  public static long wholeMonthsInclusive(int start, int end) {
    return wholeMonthsExclusive(start, end + 1);
  }

  /**
   * The whole months of the period under {@code end} ({@code null}: either convention), or 0 when
   * it is not whole months under it.
   */
  public static long wholeMonths(int start, int end, PeriodEnd convention) {
    if (convention != PeriodEnd.INCLUSIVE) {
      long k = wholeMonthsExclusive(start, end);
      if (k > 0 || convention == PeriodEnd.EXCLUSIVE) {
        return k;
      }
    }
    return wholeMonthsInclusive(start, end);
  }

  /** Days the period holds under the convention: END − START, plus one when END is inclusive. */
  public static long days(int start, int end, PeriodEnd convention) {
    return (long) end - start + (convention == PeriodEnd.INCLUSIVE ? 1 : 0);
  }

  /** True when {@code date} lies in the period under the convention. */
  public static boolean covers(int start, int end, PeriodEnd convention, int date) {
    return start <= date && (convention == PeriodEnd.INCLUSIVE ? date <= end : date < end);
  }

  /**
   * The convention a whole-month period shows: {@link PeriodEnd#EXCLUSIVE}, {@link
   * PeriodEnd#INCLUSIVE}, or null for a period of other length (none shows both: a month has at
   * least 28 days, so START plus k months is never START plus j months less a day).
   */
  public static PeriodEnd shown(int start, int end) {
    if (wholeMonthsExclusive(start, end) > 0) {
      return PeriodEnd.EXCLUSIVE;
    }
    if (wholeMonthsInclusive(start, end) > 0) {
      return PeriodEnd.INCLUSIVE;
    }
    return null;
  }
}

package dev.segment.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The {@code cum_mrr_share} cell: S / T as a fraction rounded half-even to 4 decimals, from the
 * unscaled sums, in long arithmetic where it cannot overflow.
 */
final class CumulativeShare {
  /** 10^4: the share has 4 decimals. */
  static final long UNITS = 10_000L;

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(UNITS);

  private CumulativeShare() {}

  /**
   * S / T in units of 10^-4, rounded half-even ({@code 0} when T is 0); -1 when S × 10^4 would
   * overflow a long or the signs are unusual, for {@link #append}'s BigDecimal path.
   */
  static long units(long cumulative, long total) {
    if (total == 0) {
      return 0;
    }
    if (cumulative > Long.MAX_VALUE / UNITS || cumulative < 0 || total < 0) {
      return -1;
    }
    long scaled = cumulative * UNITS;
    long units = scaled / total;
    long rest = scaled % total;
    long other = total - rest;
    if (rest > other || (rest == other && (units & 1) == 1)) {
      units++;
    }
    return units;
  }

  /** As {@link #append(long, long, StringBuilder)} for sums of any size. */
  static void append(BigInteger cumulative, BigInteger total, StringBuilder to) {
    if (total.signum() == 0) {
      to.append("0.0000");
      return;
    }
    if (cumulative.signum() < 0 || total.signum() < 0) {
      to.append(
          new BigDecimal(cumulative)
              .divide(new BigDecimal(total), 4, RoundingMode.HALF_EVEN)
              .toPlainString());
      return;
    }
    // Integer division and a comparison of the rest: BigDecimal's divide costs several times more.
    BigInteger[] division = cumulative.multiply(TEN_THOUSAND).divideAndRemainder(total);
    long units = division[0].longValueExact();
    int half = division[1].shiftLeft(1).compareTo(total);
    if (half > 0 || (half == 0 && (units & 1) == 1)) {
      units++;
    }
    to.append(units / UNITS).append('.');
    long fraction = units % UNITS;
    for (long digit = UNITS / 10; digit > 1 && fraction < digit; digit /= 10) {
      to.append('0');
    }
    to.append(fraction);
  }

  /** Appends S / T rounded half-even to 4 decimals ({@code 0.0000} when T is 0). */
  static void append(long cumulative, long total, StringBuilder to) {
    long units = units(cumulative, total);
    if (units < 0) {
      append(BigInteger.valueOf(cumulative), BigInteger.valueOf(total), to);
      return;
    }
    to.append(units / UNITS).append('.');
    long fraction = units % UNITS;
    for (long digit = UNITS / 10; digit > 1 && fraction < digit; digit /= 10) {
      to.append('0');
    }
    to.append(fraction);
  }
}

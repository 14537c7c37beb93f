package dev.segment.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Each customer's MRR worked out from its ARR sum ({@link #monthlyOf}: ARR / 12), unscaled at one
 * scale ({@link #moneyScale}): in longs when Σ|MRR| at that scale fits a long, as the sums are
 * held, else in {@link BigInteger}s.
 */
final class MrrFromArr {
  private final long[] unscaled;
  private final BigInteger[] wide;
  private final int scale;

  private MrrFromArr(long[] unscaled, BigInteger[] wide, int scale) {
    if ((unscaled == null) == (wide == null)) {
      throw new IllegalArgumentException("MRR is held in one form: longs or BigIntegers");
    }
    this.unscaled = unscaled;
    this.wide = wide;
    this.scale = scale;
  }

  /** By customer, the MRRs unscaled at {@link #scale} in the long form; null in the wide form. */
  long[] unscaled() {
    return unscaled;
  }

  /** By customer, the MRRs unscaled at {@link #scale} in the wide form; null in the long form. */
  BigInteger[] wide() {
    return wide;
  }

  /** The decimals of the MRRs. */
  int scale() {
    return scale;
  }

  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /**
   * The MRRs of these ARR sums at {@code scale}: {@code sums} in the long form, else {@code
   * wideSums}. Worked out in longs where every step fits ({@link #inLongs}), else through {@link
   * BigDecimal}, which gives the same values (MonthlyProperties holds the two equal).
   */
  static MrrFromArr of(long[] sums, BigInteger[] wideSums, int scale) {
    MrrFromArr inLongs = sums == null ? null : inLongs(sums, scale);
    return inLongs != null ? inLongs : inDecimals(sums, wideSums, scale);
  }

  private static MrrFromArr inDecimals(long[] sums, BigInteger[] wideSums, int scale) {
    int size = sums != null ? sums.length : wideSums.length;
    BigDecimal[] monthly = new BigDecimal[size];
    int mrrScale = 0;
    for (int i = 0; i < size; i++) {
      BigDecimal annual =
          sums != null ? BigDecimal.valueOf(sums[i], scale) : new BigDecimal(wideSums[i], scale);
      monthly[i] = monthlyOf(annual);
      mrrScale = Math.max(mrrScale, monthly[i].scale());
    }
    mrrScale = moneyScale(mrrScale, scale);
    // MRR takes the long form under the same bound as the sums: Σ|MRR| at its scale fits.
    BigInteger[] unscaled = new BigInteger[size];
    BigInteger bound = BigInteger.ZERO;
    for (int i = 0; i < size; i++) {
      unscaled[i] = monthly[i].setScale(mrrScale, RoundingMode.UNNECESSARY).unscaledValue();
      bound = bound.add(unscaled[i].abs());
    }
    if (bound.bitLength() >= Long.SIZE) {
      return new MrrFromArr(null, unscaled, mrrScale);
    }
    long[] mrr = new long[size];
    for (int i = 0; i < size; i++) {
      mrr[i] = unscaled[i].longValue();
    }
    return new MrrFromArr(mrr, null, mrrScale);
  }

  /**
   * What {@link #monthlyOf} gives every customer, at the fewest decimals any of them needs, worked
   * out in longs: the ARR path of a file of ten million customers (an {@code --arr-column} or
   * {@code --interval-column} read) then holds one long a customer, not two objects. Null where a
   * step would not fit a long, or the MRRs' Σ|·| would not: {@link #of} then takes the decimal
   * path, which gives the same values.
   */
  static MrrFromArr inLongs(long[] sums, int scale) {
    long factor = scale <= Mrr.DECIMALS ? POWERS_OF_TEN[Mrr.DECIMALS - scale] : 1;
    long divisor;
    if (scale <= Mrr.DECIMALS) {
      divisor = Mrr.MONTHS_A_YEAR;
    } else if (scale - Mrr.DECIMALS <= 17) {
      divisor = Mrr.MONTHS_A_YEAR * POWERS_OF_TEN[scale - Mrr.DECIMALS];
    } else {
      return null;
    }
    long[] out = new long[sums.length];
    int mrrScale = 0;
    for (int i = 0; i < sums.length; i++) {
      long numerator;
      try {
        numerator = Math.multiplyExact(sums[i], factor);
      } catch (ArithmeticException e) {
        return null;
      }
      long q = numerator / divisor;
      long twice = 2 * Math.abs(numerator % divisor);
      if (twice > divisor || (twice == divisor && (q & 1) != 0)) {
        q += numerator < 0 ? -1 : 1;
      }
      out[i] = q;
      int decimals = Mrr.DECIMALS;
      while (decimals > mrrScale && q % 10 == 0) {
        q /= 10;
        decimals--;
      }
      mrrScale = Math.max(mrrScale, q == 0 ? 0 : decimals);
    }
    mrrScale = moneyScale(mrrScale, scale);
    long drop = POWERS_OF_TEN[Mrr.DECIMALS - mrrScale];
    long bound = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] /= drop;
      bound += Math.abs(out[i]);
      if (bound < 0) {
        return null;
      }
    }
    return new MrrFromArr(out, null, mrrScale);
  }

  /**
   * The decimals MRR worked out from ARR is held at: the most any customer's ARR / 12 needs, but
   * never fewer than the ARR's own up to cents, nor one alone, so {@code 990.00} a year is {@code
   * 82.50} a month, not {@code 82.5}, and {@code 120000.00} is {@code 10000.00}. The value is the
   * same number; only trailing zeros are added, as money is read.
   */
  static int moneyScale(int needed, int arrScale) {
    int scale = Math.max(needed, Math.min(arrScale, 2));
    return scale == 1 ? 2 : scale;
  }

  /**
   * ARR/12 rounded half-even to 6 decimals, or fewer where the quotient ends sooner (SPEC: MRR is
   * never carried at more than 6 decimals, whatever the ARR's scale).
   */
  static BigDecimal monthlyOf(BigDecimal annual) {
    BigDecimal monthly =
        annual.divide(Mrr.TWELVE, Mrr.DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return monthly.scale() < 0 ? monthly.setScale(0) : monthly;
  }
}

package dev.segment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SPEC's one formula per row ("From billing and CRM exports to MRR"): value = amount ÷ 10^d × rate
 * × quantity × k ÷ count, computed exactly, and rounded half-even only where it does not end within
 * {@link #MIN_DECIMALS} decimals or the amount's own decimals, whichever is more.
 *
 * <p>The value keeps the decimals its factors wrote ({@code 49.00 × 2} is {@code 98.00}) and gains
 * only those a division needs, so a file of cents stays a file of cents. {@link #value} is the
 * definition; {@link #fast} gives the same value in longs for the rows where no rounding and no
 * overflow can occur, and says when it cannot.
 */
public final class RowFormula {
  /** The fewest decimals a value is rounded to when it does not end (SPEC: 6). */
  public static final int MIN_DECIMALS = 6;

  private long unscaled;
  private int scale;

  /**
   * The row's value, exact where it ends within the limit and rounded half-even to it otherwise.
   *
   * @param amount the amount as written (in minor units under {@code --minor-units})
   * @param minorDigits d: the currency's minor-unit digits under {@code --minor-units}, else 0
   * @param rate the currency's rate into the base currency ({@code --rates}), else 1
   * @param quantity units billed ({@code --quantity-column}), else 1
   * @param perYear k: billing intervals a year ({@code --interval-column}), else 1
   * @param count intervals per billing period ({@code --interval-count-column}), else 1
   */
  public static BigDecimal value(
      BigDecimal amount,
      int minorDigits,
      BigDecimal rate,
      BigDecimal quantity,
      long perYear,
      BigDecimal count) {
    if (minorDigits < 0 || perYear < 1 || rate.signum() <= 0 || quantity.signum() < 0) {
      throw new IllegalArgumentException(
          "bad factor: d=" + minorDigits + " k=" + perYear + " rate=" + rate + " q=" + quantity);
    }
    if (count.signum() <= 0 || count.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("the interval count must be a whole number >= 1");
    }
    BigDecimal scaled = amount.movePointLeft(minorDigits);
    int limit = Math.max(MIN_DECIMALS, scaled.scale());
    BigDecimal numerator =
        scaled.multiply(rate).multiply(quantity).multiply(BigDecimal.valueOf(perYear));
    BigDecimal quotient = numerator.divide(count, limit, RoundingMode.HALF_EVEN);
    // Written decimals are kept (up to the limit); zeros the division padded on are not.
    int keep = Math.max(0, Math.min(limit, numerator.scale()));
    BigDecimal stripped = quotient.stripTrailingZeros();
    return stripped.scale() < keep ? stripped.setScale(keep) : stripped;
  }

  /**
   * The value at rate 1 in longs: true when it was computed (then {@link #unscaled()} and {@link
   * #scale()} hold it, equal to what {@link #value} gives), false when it needs rounding, does not
   * fit a long, or the count does not divide it within the limit; then use {@link #value}.
   */
  public boolean fast(
      long amountUnscaled,
      int amountScale,
      int minorDigits,
      long quantityUnscaled,
      int quantityScale,
      int perYear,
      long count) {
    int amountDecimals = amountScale + minorDigits;
    int limit = Math.max(MIN_DECIMALS, amountDecimals);
    int s = amountDecimals + quantityScale;
    if (s > limit || count < 1) {
      return false;
    }
    long n;
    try {
      n = Math.multiplyExact(Math.multiplyExact(amountUnscaled, quantityUnscaled), (long) perYear);
    } catch (ArithmeticException e) {
      return false;
    }
    if (count == 1) {
      unscaled = n;
      scale = s;
      return true;
    }
    // The fewest decimals past s at which count divides n: what value() keeps after stripping.
    for (int j = 0; s + j <= limit; j++) {
      if (j > 0) {
        try {
          n = Math.multiplyExact(n, 10L);
        } catch (ArithmeticException e) {
          return false;
        }
      }
      if (n % count == 0) {
        unscaled = n / count;
        scale = s + j;
        return true;
      }
    }
    return false;
  }

  /** The unscaled digits of the last {@link #fast} value. */
  public long unscaled() {
    return unscaled;
  }

  /** The decimals of the last {@link #fast} value. */
  public int scale() {
    return scale;
  }
}

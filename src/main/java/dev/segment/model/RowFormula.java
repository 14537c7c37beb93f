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
  public static final int MIN_DECIMALS = Mrr.DECIMALS;

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
    return value(amount, minorDigits, rate, quantity, perYear, count, Share.WHOLE);
  }

  /**
   * The share of a month a row's amount pays for, SPEC "MRR on a date": the amount is multiplied by
   * {@code times} and divided by {@code over} inside the formula: (1, k) for k whole months or a
   * trailing window of k months, (30.436875, d) for a period of d days; an inverse rate ({@code
   * --rate-column-inverse}) multiplies {@code over}. These factors add no written decimals: the
   * value keeps the decimals the amount, rate and quantity wrote, and only a division adds more.
   *
   * @param times > 0
   * @param over > 0
   */
  public record Share(BigDecimal times, BigDecimal over) {
    /** The whole amount: SPEC's formula as before this section. */
    public static final Share WHOLE = new Share(BigDecimal.ONE, BigDecimal.ONE);

    public Share {
      if (times.signum() <= 0 || over.signum() <= 0) {
        throw new IllegalArgumentException(
            "a month share needs factors > 0: " + times + "/" + over);
      }
    }
  }

  /** {@link #value(BigDecimal, int, BigDecimal, BigDecimal, long, BigDecimal)} times a share. */
  public static BigDecimal value(
      BigDecimal amount,
      int minorDigits,
      BigDecimal rate,
      BigDecimal quantity,
      long perYear,
      BigDecimal count,
      Share share) {
    if (minorDigits < 0 || perYear < 1 || !Rates.isRate(rate) || quantity.signum() < 0) {
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
    // Written decimals are kept (up to the limit); zeros the division padded on are not.
    int keep = Math.max(0, Math.min(limit, numerator.scale()));
    BigDecimal quotient =
        share == Share.WHOLE
            ? numerator.divide(count, limit, RoundingMode.HALF_EVEN)
            : numerator
                .multiply(share.times())
                .divide(count.multiply(share.over()), limit, RoundingMode.HALF_EVEN);
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

package dev.segment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversions between unscaled longs at a decimal scale and {@link BigDecimal}, and the output
 * form.
 */
public final class Amounts {
  /** Means, shares and percentages are rounded half-even to this many decimals (SPEC "Output"). */
  public static final int RATIO_SCALE = 4;

  private Amounts() {}

  /**
   * The number as written in segment's CSV files: plain digits, optional leading '-', '.' decimal,
   * no exponent. Trailing zeros are trimmed down to cents at most, so an amount read at scale 6
   * from an ARR division prints as {@code 100.00}, not {@code 100.000000}, while every significant
   * digit stays.
   */
  public static String plain(BigDecimal value) {
    BigDecimal v = value;
    if (v.scale() > 2) {
      BigDecimal stripped = v.stripTrailingZeros();
      v = stripped.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }
    if (v.signum() == 0 && v.scale() < 0) {
      v = BigDecimal.ZERO;
    }
    return v.toPlainString();
  }

  /**
   * {@code part / whole × 100} rounded half-even to {@link #RATIO_SCALE} decimals; 0 when whole is
   * 0.
   */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(RATIO_SCALE);
    }
    return part.multiply(BigDecimal.valueOf(100))
        .divide(whole, RATIO_SCALE, RoundingMode.HALF_EVEN);
  }
}

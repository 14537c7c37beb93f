package dev.segment.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages for people, as the report and the chart print them. */
public final class Percent {
  private Percent() {}

  /**
   * A percentage 0–100 to one decimal, rounded half-even like every figure segment rounds: {@code
   * 47.5851} → {@code 47.6%}.
   */
  public static String oneDecimal(BigDecimal pct) {
    return pct.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}

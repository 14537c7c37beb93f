package dev.segment.dates;

import java.util.Locale;

/**
 * What a service period's END cell means ({@code --period-end}): the next period's first day
 * (Stripe, ChartMogul: {@code 2024-12-01..2025-01-01} is one month), or the period's last day
 * ({@code 2024-12-01..2024-12-31}).
 */
public enum PeriodEnd {
  EXCLUSIVE,
  INCLUSIVE;

  /** The option's word, {@code exclusive} or {@code inclusive}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code exclusive} or {@code inclusive}, any case. */
  public static PeriodEnd of(String text) {
    for (PeriodEnd e : values()) {
      if (e.word().equalsIgnoreCase(text.strip())) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "--period-end takes exclusive (END is the next period's first day) or inclusive (END is"
            + " the period's last day); got \""
            + text.strip()
            + "\"");
  }
}

package dev.segment.dates;

/**
 * {@code --trailing MONTHS}: the dates after the same day MONTHS months before the as-of date (the
 * day clamped) and up to the as-of date itself.
 *
 * @param asOf the as-of date, an epoch day
 * @param months the window's length, 1–36
 */
public record TrailingWindow(int asOf, int months) {
  public TrailingWindow {
    if (months < 1 || months > 36) {
      throw new IllegalArgumentException(
          "--trailing takes a whole number of months from 1 to 36, e.g. --trailing 12; got "
              + months);
    }
  }

  /** The window's first excluded day: the same day MONTHS months before the as-of date. */
  public int after() {
    return Calendar.plusMonths(asOf, -months);
  }

  /** True when a row dated {@code day} lies in the window. */
  public boolean holds(int day) {
    return day > after() && day <= asOf;
  }
}

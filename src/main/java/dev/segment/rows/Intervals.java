package dev.segment.rows;

import java.util.Locale;

/** The billing interval words SPEC reads in {@code --interval-column}, as intervals a year. */
public final class Intervals {
  private Intervals() {}

  /**
   * k for an interval cell, trimmed and in any case: 365 for a day, 52 a week, 12 a month, 4 a
   * quarter, 1 a year; 0 for an empty or unknown cell.
   */
  public static int perYear(String cell) {
    switch (cell.strip().toLowerCase(Locale.ROOT)) {
      case "day":
      case "daily":
      case "days":
        return 365;
      case "week":
      case "weekly":
      case "weeks":
        return 52;
      case "month":
      case "monthly":
      case "months":
        return 12;
      case "quarter":
      case "quarterly":
      case "quarters":
        return 4;
      case "year":
      case "yearly":
      case "years":
      case "annual":
      case "annually":
        return 1;
      default:
        return 0;
    }
  }
}

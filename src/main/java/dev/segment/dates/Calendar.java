package dev.segment.dates;

/**
 * Civil dates as epoch days (days since 1970-01-01) without objects: the proleptic Gregorian
 * calendar, as {@link java.time.LocalDate} has it, and months added by the calendar with a day past
 * the month's end clamped to its last day (SPEC: "here and everywhere in this section").
 */
public final class Calendar {
  private Calendar() {}

  /** True in a Gregorian leap year. */
  public static boolean leap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days in the month (1–12) of the year. */
  public static int monthLength(long year, int month) {
    return switch (month) {
      case 2 -> leap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The epoch day of a valid date (H. Hinnant's days-from-civil). */
  public static int epochDay(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int) (era * 146_097 + doe - 719_468);
  }

  /**
   * The year, month and day of an epoch day, packed as {@code year * 10000 + month * 100 + day}.
   */
  public static long civil(int epochDay) {
    long z = epochDay + 719_468L;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return year * 10_000 + month * 100 + day;
  }

  /** {@code epochDay} plus {@code months} calendar months (may be negative), the day clamped. */
  public static int plusMonths(int epochDay, long months) {
    long c = civil(epochDay);
    long year = Math.floorDiv(c, 10_000);
    int month = (int) (c / 100 % 100);
    int day = (int) (c % 100);
    long index = year * 12 + (month - 1) + months;
    long y = Math.floorDiv(index, 12);
    int m = Math.floorMod(index, 12) + 1;
    return epochDay(y, m, Math.min(day, monthLength(y, m)));
  }

  /** Whole months from the first date's month to the second's, ignoring days (may be negative). */
  public static long monthsBetween(int from, int to) {
    long a = civil(from);
    long b = civil(to);
    return (Math.floorDiv(b, 10_000) * 12 + b / 100 % 100)
        - (Math.floorDiv(a, 10_000) * 12 + a / 100 % 100);
  }

  /** ISO text of an epoch day, for messages and the report. */
  public static String iso(int epochDay) {
    long c = civil(epochDay);
    return String.format("%04d-%02d-%02d", c / 10_000, c / 100 % 100, c % 100);
  }
}

package dev.segment.dates;

/**
 * Reads a cell as a date, SPEC's way: ISO {@code 2024-12-01}; ISO date-times ({@code
 * 2024-12-01T13:45:00Z}, {@code 2024-12-01 13:45:00}, {@code 2024-12-01T13:45:00+02:00}) whose date
 * is the calendar date as written; Unix seconds of 9 to 11 digits, in UTC; and under {@link
 * DateFormat#MDY} or {@link DateFormat#DMY} {@code 12/1/2024} or {@code 1/12/2024} with {@code /},
 * {@code .} or {@code -} between the parts. Nothing is thrown: a cell that is no date gives {@link
 * #NOT_A_DATE}, one with a 2-digit year {@link #TWO_DIGIT_YEAR}, so a row is judged without an
 * exception per cell.
 */
public final class CellDates {
  /** The result for a cell that is no date. */
  public static final int NOT_A_DATE = Integer.MIN_VALUE;

  /** The result for {@code 12/1/24}: a year segment will not guess the century of. */
  public static final int TWO_DIGIT_YEAR = Integer.MIN_VALUE + 1;

  /** The result of {@link #instant} for a cell that is no date. */
  public static final long NOT_AN_INSTANT = Long.MIN_VALUE;

  private static final int SECONDS_A_DAY = 86_400;

  private CellDates() {}

  /** True when {@code day} is a date, not one of the sentinels. */
  public static boolean isDate(int day) {
    return day != NOT_A_DATE && day != TWO_DIGIT_YEAR;
  }

  /** The cell's date as an epoch day, or {@link #NOT_A_DATE} / {@link #TWO_DIGIT_YEAR}. */
  public static int epochDay(String cell, DateFormat format) {
    long packed = read(cell, format, false);
    if (packed == NOT_AN_INSTANT) {
      return NOT_A_DATE;
    }
    if (packed == TWO_DIGIT) {
      return TWO_DIGIT_YEAR;
    }
    return (int) Math.floorDiv(packed, SECONDS_A_DAY);
  }

  /**
   * The cell as seconds since 1970-01-01T00:00Z with its offset applied ({@code --latest} compares
   * date-times to the second): a date is its midnight in UTC, a date-time without an offset is read
   * in UTC. {@link #NOT_AN_INSTANT} when the cell is no date (a 2-digit year included).
   */
  public static long instant(String cell, DateFormat format) {
    long packed = read(cell, format, true);
    return packed == TWO_DIGIT ? NOT_AN_INSTANT : packed;
  }

  private static final long TWO_DIGIT = Long.MIN_VALUE + 1;

  /**
   * Seconds since the epoch: with {@code withTime}, the time and offset applied; without, the
   * date's midnight (the time and offset only checked for form).
   */
  private static long read(String cell, DateFormat format, boolean withTime) {
    int from = 0;
    int to = cell.length();
    while (from < to && cell.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && cell.charAt(to - 1) <= ' ') {
      to--;
    }
    if (from == to) {
      return NOT_AN_INSTANT;
    }
    int digits = digitsFrom(cell, from, to);
    if (digits == to - from) {
      if (digits < 9 || digits > 11) {
        return NOT_AN_INSTANT;
      }
      return Long.parseLong(cell, from, to, 10);
    }
    if (digits == 4 && cell.charAt(from + 4) == '-') {
      return iso(cell, from, to, withTime);
    }
    if (format == DateFormat.ISO) {
      return NOT_AN_INSTANT;
    }
    return dayFirstOrMonthFirst(cell, from, to, format == DateFormat.DMY, withTime);
  }

  /** {@code 2024-12-01}, then optionally {@code T} or a space and a time. */
  private static long iso(String s, int from, int to, boolean withTime) {
    int year = number(s, from, from + 4);
    int i = from + 5;
    int monthDigits = digitsFrom(s, i, to);
    if (monthDigits < 1
        || monthDigits > 2
        || i + monthDigits >= to
        || s.charAt(i + monthDigits) != '-') {
      return NOT_AN_INSTANT;
    }
    int month = number(s, i, i + monthDigits);
    i += monthDigits + 1;
    int dayDigits = digitsFrom(s, i, to);
    if (dayDigits < 1 || dayDigits > 2) {
      return NOT_AN_INSTANT;
    }
    int day = number(s, i, i + dayDigits);
    i += dayDigits;
    return dated(year, month, day, s, i, to, withTime);
  }

  /** {@code 12/1/2024} (month first) or {@code 1/12/2024} (day first). */
  private static long dayFirstOrMonthFirst(
      String s, int from, int to, boolean dayFirst, boolean withTime) {
    int firstDigits = digitsFrom(s, from, to);
    if (firstDigits < 1 || firstDigits > 2 || from + firstDigits >= to) {
      return NOT_AN_INSTANT;
    }
    char separator = s.charAt(from + firstDigits);
    if (separator != '/' && separator != '.' && separator != '-') {
      return NOT_AN_INSTANT;
    }
    int first = number(s, from, from + firstDigits);
    int i = from + firstDigits + 1;
    int secondDigits = digitsFrom(s, i, to);
    if (secondDigits < 1
        || secondDigits > 2
        || i + secondDigits >= to
        || s.charAt(i + secondDigits) != separator) {
      return NOT_AN_INSTANT;
    }
    int second = number(s, i, i + secondDigits);
    i += secondDigits + 1;
    int yearDigits = digitsFrom(s, i, to);
    if (yearDigits == 2) {
      int end = i + 2;
      return end == to || s.charAt(end) == ' ' ? TWO_DIGIT : NOT_AN_INSTANT;
    }
    if (yearDigits != 4) {
      return NOT_AN_INSTANT;
    }
    int year = number(s, i, i + 4);
    i += 4;
    // A time after a space, as Excel writes one; never a T, which is ISO's.
    if (i < to && s.charAt(i) != ' ') {
      return NOT_AN_INSTANT;
    }
    return dayFirst
        ? dated(year, second, first, s, i, to, withTime)
        : dated(year, first, second, s, i, to, withTime);
  }

  /** The date checked, then what follows it: nothing, or a time ({@code T} or space first). */
  private static long dated(
      int year, int month, int day, String s, int i, int to, boolean withTime) {
    if (month < 1 || month > 12 || day < 1 || day > Calendar.monthLength(year, month)) {
      return NOT_AN_INSTANT;
    }
    long midnight = (long) Calendar.epochDay(year, month, day) * SECONDS_A_DAY;
    if (i == to) {
      return midnight;
    }
    char c = s.charAt(i);
    if (c != 'T' && c != ' ') {
      return NOT_AN_INSTANT;
    }
    long seconds = time(s, i + 1, to);
    if (seconds == NOT_AN_INSTANT) {
      return NOT_AN_INSTANT;
    }
    return withTime ? midnight + seconds : midnight;
  }

  /**
   * {@code hh:mm}, optionally {@code :ss} and a fraction, then optionally {@code Z}, {@code UTC} or
   * an offset {@code ±hh}, {@code ±hhmm}, {@code ±hh:mm} (a space may come first): seconds after
   * midnight in UTC, or {@link #NOT_AN_INSTANT}.
   */
  private static long time(String s, int i, int to) {
    if (to - i < 5
        || digitsFrom(s, i, to) != 2
        || s.charAt(i + 2) != ':'
        || digitsFrom(s, i + 3, to) < 2) {
      return NOT_AN_INSTANT;
    }
    int hour = number(s, i, i + 2);
    int minute = number(s, i + 3, i + 5);
    int second = 0;
    i += 5;
    if (i < to && s.charAt(i) == ':') {
      if (digitsFrom(s, i + 1, to) < 2) {
        return NOT_AN_INSTANT;
      }
      second = number(s, i + 1, i + 3);
      i += 3;
      if (i < to && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        int fraction = digitsFrom(s, i + 1, to);
        if (fraction == 0) {
          return NOT_AN_INSTANT;
        }
        i += 1 + fraction;
      }
    }
    if (hour > 24 || minute > 59 || second > 60) {
      return NOT_AN_INSTANT;
    }
    long seconds = hour * 3600L + minute * 60L + second;
    if (i < to && s.charAt(i) == ' ') {
      i++;
    }
    if (i == to) {
      return seconds;
    }
    if (s.charAt(i) == 'Z' && i + 1 == to) {
      return seconds;
    }
    if (to - i == 3 && s.regionMatches(true, i, "UTC", 0, 3)) {
      return seconds;
    }
    char sign = s.charAt(i);
    if (sign != '+' && sign != '-') {
      return NOT_AN_INSTANT;
    }
    i++;
    if (digitsFrom(s, i, to) < 2) {
      return NOT_AN_INSTANT;
    }
    int offsetHours = number(s, i, i + 2);
    int offsetMinutes = 0;
    i += 2;
    if (i < to && s.charAt(i) == ':') {
      i++;
    }
    if (i < to) {
      if (to - i != 2 || digitsFrom(s, i, to) != 2) {
        return NOT_AN_INSTANT;
      }
      offsetMinutes = number(s, i, to);
    }
    if (offsetHours > 18 || offsetMinutes > 59) {
      return NOT_AN_INSTANT;
    }
    long offset = offsetHours * 3600L + offsetMinutes * 60L;
    return sign == '+' ? seconds - offset : seconds + offset;
  }

  private static int digitsFrom(String s, int from, int to) {
    int i = from;
    while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}

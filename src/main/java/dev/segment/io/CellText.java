package dev.segment.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * A workbook cell as the text a CSV cell would hold, so that every rule for CSV applies to it
 * after: a number as the number it holds in plain digits, a date as an ISO date, text as written, a
 * logical value as {@code TRUE} or {@code FALSE} (as Excel's own CSV save writes it).
 *
 * <p>Why 15 significant digits: a number cell holds a binary double, written in the file as the
 * shortest text that reads back as that double ({@code 0.30000000000000004} for {@code =0.1+0.2},
 * {@code 1234.5600000000002} for a sum of cents). Excel keeps and shows 15 significant digits, and
 * no one can type more into a cell, so the number a user sees and meant is the double rounded to 15
 * significant digits; that is exact for every amount Excel can hold as typed.
 */
final class CellText {
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
  private static final long SECONDS_A_DAY = 86_400;

  /**
   * Excel's built-in number formats (no format string in the file) that show a date or a time:
   * 14–22 and 45–47, and the East Asian date formats 27–36 and 50–58.
   */
  private static final Set<Integer> BUILT_IN_DATES =
      Set.of(
          14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
          50, 51, 52, 53, 54, 55, 56, 57, 58);

  /** Built-in formats among those that show a time of day and no date. */
  private static final Set<Integer> BUILT_IN_TIMES = Set.of(18, 19, 20, 21, 45, 46, 47);

  private CellText() {}

  /**
   * The text of {@code cell} (null or empty: {@code ""}); {@code date1904} says the workbook counts
   * days from 1904 (old Mac Excel).
   */
  static String of(Cell cell, boolean date1904) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    Object value = cell.getValue();
    if (value instanceof BigDecimal number) {
      DateKind kind = dateKind(cell.getDataFormatId(), cell.getDataFormatString());
      return kind == DateKind.NONE ? number(number) : date(number, kind, date1904);
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value != null) {
      return value.toString();
    }
    // A value the reader could not parse, or a formula never calculated (no cached value).
    String raw = cell.getRawValue();
    return raw == null ? "" : raw;
  }

  /** The number a cell holds, in plain digits: 15 significant digits at most (see above). */
  static String number(BigDecimal stored) {
    BigDecimal value = stored;
    if (value.precision() > EXCEL_DIGITS.getPrecision()) {
      // The exact double first: rounding its shortest text could round a tie the other way.
      BigDecimal exact = new BigDecimal(value.doubleValue());
      value = exact.round(EXCEL_DIGITS).stripTrailingZeros();
    }
    return value.signum() == 0 ? "0" : value.toPlainString();
  }

  /** What a number format shows of a date serial. */
  enum DateKind {
    NONE,
    DATE,
    DATE_TIME,
    TIME
  }

  /**
   * Whether the format {@code id} (with its {@code format} text for a custom one) shows a date or a
   * time. A format shows one when, outside quoted text, escapes and [brackets] (colours, locales;
   * but [h], [m] and [s], elapsed time, count), it has a d, y or m (a date) or an h or s (a time):
   * {@code yyyy-mm-dd}, {@code d mmm yy}, {@code [$-409]m/d/yy h:mm AM/PM}.
   */
  static DateKind dateKind(Integer id, String format) {
    if (format == null || format.isBlank()) {
      if (id == null || !BUILT_IN_DATES.contains(id)) {
        return DateKind.NONE;
      }
      if (BUILT_IN_TIMES.contains(id)) {
        return DateKind.TIME;
      }
      return id == 22 ? DateKind.DATE_TIME : DateKind.DATE;
    }
    boolean date = false;
    boolean time = false;
    boolean month = false;
    String f = format;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == ';') {
        break; // the first section is the one for positive numbers, which dates are
      } else if (c == '"') {
        int close = f.indexOf('"', i + 1);
        i = close < 0 ? f.length() : close;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++; // an escaped character, a space as wide as one, a fill character
      } else if (c == '[') {
        int close = f.indexOf(']', i + 1);
        String inside = close < 0 ? "" : f.substring(i + 1, close).toLowerCase(Locale.ROOT);
        time |= inside.matches("h+|m+|s+");
        i = close < 0 ? f.length() : close;
      } else {
        switch (Character.toLowerCase(c)) {
          case 'd', 'y' -> date = true;
          case 'm' -> month = true;
          case 'h', 's' -> time = true;
          default -> {}
        }
      }
    }
    // An m beside an h or s is minutes (h:mm, mm:ss); alone it is a month (mmm yyyy).
    date |= month && !time;
    if (date) {
      return time ? DateKind.DATE_TIME : DateKind.DATE;
    }
    return time ? DateKind.TIME : DateKind.NONE;
  }

  /**
   * A date serial as ISO text: {@code 2024-12-01}, {@code 2024-12-01T13:45:00} when the format
   * shows a time and the cell has one, {@code 13:45:00} for a time alone. Day 1 is 1900-01-01
   * (1904-01-02 in a 1904 workbook), and Excel counts a 29 February 1900 that never was, so days
   * from 61 on are one fewer since 1899-12-31.
   */
  static String date(BigDecimal serial, DateKind kind, boolean date1904) {
    if (serial.signum() < 0) {
      return number(serial);
    }
    BigDecimal days = serial.setScale(0, RoundingMode.FLOOR);
    long seconds =
        serial
            .subtract(days)
            .multiply(BigDecimal.valueOf(SECONDS_A_DAY))
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    long day = days.longValueExact();
    if (seconds == SECONDS_A_DAY) {
      day++;
      seconds = 0;
    }
    String clock =
        String.format(
            Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    if (kind == DateKind.TIME || (day == 0 && !date1904)) {
      return clock;
    }
    if (!date1904 && day == 60) {
      return "1900-02-29"; // Excel's, as it shows it: no calendar has it
    }
    LocalDate start =
        date1904
            ? LocalDate.of(1904, 1, 1)
            : day < 60 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
    LocalDate date = start.plusDays(day);
    if (kind == DateKind.DATE || seconds == 0) {
      return date.toString();
    }
    return date + "T" + clock;
  }
}

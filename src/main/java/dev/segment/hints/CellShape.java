package dev.segment.hints;

/**
 * What kind of text one cell holds, as flags: a plain number (whole, above 1, other than 1), a
 * date, a {@code cus_} or {@code sub_} id, id-like text; and the month a date falls in. Pure and
 * per cell, so {@link ColumnCells} counts and {@link SeenCells} remembers the flags.
 */
final class CellShape {
  static final int WHOLE = 1;
  static final int ABOVE_ONE = 2;
  static final int NUMBER = 4;
  static final int NOT_ONE = 8;
  static final int DATE = 16;
  static final int CUS = 32;
  static final int ID_LIKE = 64;
  static final int SUB = 128;

  private CellShape() {}

  static int classify(String s) {
    int flags = 0;
    int digits = 0;
    int dots = 0;
    int slashes = 0;
    boolean letters = false;
    boolean spaces = false;
    boolean other = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '.') {
        dots++;
      } else if (ch == '/') {
        slashes++;
      } else if (ch < 128) {
        // ASCII first: the cells of an export are nearly all ASCII, and this is per cell.
        char lower = (char) (ch | 0x20);
        if (lower >= 'a' && lower <= 'z') {
          letters = true;
        } else if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
          spaces = true;
        } else {
          other = true;
        }
      } else if (Character.isLetter(ch)) {
        letters = true;
      } else if (Character.isWhitespace(ch)) {
        spaces = true;
      } else {
        other = true;
      }
    }
    if (!letters && !spaces && !other && slashes == 0 && digits > 0 && dots <= 1) {
      flags |= NUMBER;
      int lead = 0;
      while (lead < s.length() - 1 && s.charAt(lead) == '0' && s.charAt(lead + 1) != '.') {
        lead++;
      }
      if (!isOne(s, lead)) {
        flags |= NOT_ONE;
      }
      if (dots == 0) {
        flags |= WHOLE;
        if (s.length() - lead > 1 || s.charAt(lead) > '1') {
          flags |= ABOVE_ONE;
        }
      }
    }
    if (!letters && !spaces) {
      flags |= ID_LIKE;
    }
    if (letters && s.startsWith("cus_")) {
      flags |= CUS;
    } else if (letters && s.startsWith("sub_")) {
      flags |= SUB;
    }
    if (!letters && digits >= 6 && (isIsoDate(s) || ((slashes == 2 || dots == 2) && isDate(s)))) {
      flags |= DATE;
    } else if (letters && digits >= 8 && isIsoDate(s)) {
      flags |= DATE; // 2024-12-01T13:45:00Z
    }
    return flags;
  }

  /** {@code 1}, {@code 1.0}, {@code 1.} from {@code lead} on (leading zeros skipped). */
  private static boolean isOne(String s, int lead) {
    if (s.charAt(lead) != '1') {
      return false;
    }
    int i = lead + 1;
    if (i == s.length()) {
      return true;
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    i++;
    while (i < s.length() && s.charAt(i) == '0') {
      i++;
    }
    return i == s.length();
  }

  private static boolean isIsoDate(String s) {
    if (s.length() >= 10
        && digit(s, 0)
        && digit(s, 1)
        && digit(s, 2)
        && digit(s, 3)
        && s.charAt(4) == '-'
        && digit(s, 5)
        && digit(s, 6)
        && s.charAt(7) == '-'
        && digit(s, 8)
        && digit(s, 9)) {
      return s.length() == 10 || s.charAt(10) == 'T' || s.charAt(10) == ' ';
    }
    return false;
  }

  /** An ISO date or date-time ({@code 2024-12-01…}), or {@code 12/1/2024} with a 4-digit year. */
  static boolean isDate(String s) {
    return isIsoDate(s) || (s.length() <= 10 && s.matches("\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}"));
  }

  /**
   * The month a date falls in: {@code 2024-12}; for {@code 12/1/2024} both readings of the parts go
   * in, so a file counts as spanning months only when either order says so (see {@link
   * ColumnCells#distinctMonths}).
   */
  static String month(String s) {
    if (s.charAt(4) == '-') {
      return s.substring(0, 7);
    }
    String[] parts = s.split("[/.]");
    return parts[0] + "|" + parts[1] + "|" + parts[2];
  }

  private static boolean digit(String s, int i) {
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }
}

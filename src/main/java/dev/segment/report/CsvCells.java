package dev.segment.report;

import org.apache.commons.csv.CSVFormat;

/**
 * Makes text cells safe to open in a spreadsheet (OWASP's CSV-injection advice), and holds the one
 * CSV format segment writes.
 */
public final class CsvCells {
  /** Minimal quoting, {@code \n} line ends: the same bytes on every platform. */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private CsvCells() {}

  /**
   * The text with a leading {@code '} when it starts with {@code = + - @}, TAB or CR, so a
   * spreadsheet shows it as text instead of running it as a formula; otherwise unchanged. A plain
   * negative number ({@code -12.50}) is left alone: a spreadsheet reads it as a number, not a
   * formula. {@code null} is treated as the empty string.
   */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char first = text.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (!risky || (first == '-' && isPlainNegativeNumber(text))) {
      return text;
    }
    return "'" + text;
  }

  /** {@code -} then digits, with at most one {@code .} that has digits on both sides. */
  private static boolean isPlainNegativeNumber(String text) {
    int n = text.length();
    int i = 1;
    int intDigits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      intDigits++;
    }
    if (intDigits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    i++;
    int fractionDigits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      fractionDigits++;
    }
    return fractionDigits > 0 && i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

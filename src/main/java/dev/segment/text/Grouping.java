package dev.segment.text;

/**
 * Thousands separators for people: a comma every three digits, whatever the default locale, so the
 * report and the chart read the same everywhere.
 */
public final class Grouping {
  private Grouping() {}

  /** {@code 2013} → {@code 2,013}. */
  public static String count(long n) {
    return digits(Long.toString(n));
  }

  /**
   * Commas every three digits in the integer part of a plain decimal string: {@code -1234.50} →
   * {@code -1,234.50}; the fraction is left as it is.
   */
  public static String digits(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder b = new StringBuilder(plain.length() + 8);
    b.append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        b.append(',');
      }
      b.append(plain.charAt(i));
    }
    b.append(plain, end, plain.length());
    return b.toString();
  }
}

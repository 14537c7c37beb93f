package dev.segment.rows;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 4217 codes and the currency signs exports write, looked up without allocating so a code can
 * be recognised on every row.
 */
public final class CurrencyCodes {
  /** Codes indexed by their three letters in base 26; null where no ISO 4217 code exists. */
  private static final String[] CODES = new String[26 * 26 * 26];

  static {
    for (Currency c : Currency.getAvailableCurrencies()) {
      String code = c.getCurrencyCode();
      if (code.length() == 3) {
        int key = key(code.charAt(0), code.charAt(1), code.charAt(2));
        if (key >= 0) {
          CODES[key] = code;
        }
      }
    }
  }

  private CurrencyCodes() {}

  /** The ISO 4217 code spelled by three ASCII letters in any case, or null. */
  public static String code(char a, char b, char c) {
    int key = key(a, b, c);
    return key < 0 ? null : CODES[key];
  }

  // Currencies written with a bare "$" or "¥" besides USD and JPY, which those signs read as.
  private static final Set<String> DOLLARS =
      Set.of(
          "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP", "UYU", "BSD",
          "BBD", "BZD", "BMD", "BND", "KYD", "XCD", "FJD", "GYD", "JMD", "LRD", "NAD", "SBD", "SRD",
          "TTD");
  private static final Set<String> YENS = Set.of("JPY", "CNY");

  /**
   * True when a currency column's code and the code written in the amount name one currency: the
   * same code, or a generic sign ({@code $}, {@code ¥}, read as USD and JPY) beside a column naming
   * another currency written with it ({@code CAD} beside {@code $100}, never {@code EUR}).
   */
  public static boolean agree(String column, String written, boolean generic) {
    if (column.equals(written)) {
      return true;
    }
    if (!generic) {
      return false;
    }
    return written.equals("USD") ? DOLLARS.contains(column) : YENS.contains(column);
  }

  /** The code a one-character sign stands for ($ € £ ¥), or null. */
  public static String ofSign(char c) {
    switch (c) {
      case '$':
        return "USD";
      case '€':
        return "EUR";
      case '£':
        return "GBP";
      case '¥':
        return "JPY";
      default:
        return null;
    }
  }

  /**
   * A currency column's cell as an upper-case code: a sign or {@code US$} becomes its code,
   * anything else is upper-cased as written; null for a blank cell.
   */
  public static String ofCell(String cell) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 1) {
      String sign = ofSign(s.charAt(0));
      if (sign != null) {
        return sign;
      }
    }
    if (s.equalsIgnoreCase("US$")) {
      return "USD";
    }
    if (s.length() == 3) {
      String code = code(s.charAt(0), s.charAt(1), s.charAt(2));
      if (code != null) {
        return code;
      }
    }
    return s.toUpperCase(Locale.ROOT);
  }

  private static int key(char a, char b, char c) {
    int x = letter(a);
    int y = letter(b);
    int z = letter(c);
    return (x | y | z) < 0 ? -1 : (x * 26 + y) * 26 + z;
  }

  private static int letter(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    return -1;
  }
}

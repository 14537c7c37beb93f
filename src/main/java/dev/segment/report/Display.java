package dev.segment.report;

import dev.segment.model.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How the terminal report writes numbers for people: thousands separators, a currency sign or code,
 * percentages to one decimal. Independent of the default locale, so output is the same everywhere.
 */
final class Display {
  private static final Map<String, String> SIGNS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

  private Display() {}

  /** {@code 2013} → {@code 2,013}. */
  static String count(long n) {
    return group(Long.toString(n));
  }

  /**
   * An exact amount with thousands separators and the currency: {@code $1,234.50}, {@code -$12.50},
   * {@code 1,234.50 CHF}; bare digits when the currency is unknown (empty).
   */
  static String money(BigDecimal amount, String currency) {
    String digits = group(Amounts.plain(amount));
    boolean negative = digits.startsWith("-");
    String magnitude = negative ? digits.substring(1) : digits;
    String sign = negative ? "-" : "";
    if (currency == null || currency.isEmpty()) {
      return sign + magnitude;
    }
    String symbol = SIGNS.get(currency);
    return symbol != null ? sign + symbol + magnitude : sign + magnitude + " " + currency;
  }

  /** A mean or other derived amount, rounded half-even to cents for reading. */
  static String moneyToCents(BigDecimal amount, String currency) {
    return money(amount.setScale(2, RoundingMode.HALF_EVEN), currency);
  }

  /** A percentage 0–100 to one decimal: {@code 47.5851} → {@code 47.6%}. */
  static String percent(BigDecimal pct) {
    return pct.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** {@code 1 row}, {@code 2 rows}. */
  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }

  /** Commas every three digits in the integer part of a plain decimal string. */
  private static String group(String plain) {
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

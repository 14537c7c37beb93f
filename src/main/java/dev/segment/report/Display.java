package dev.segment.report;

import dev.segment.text.Grouping;
import dev.segment.text.Money;
import dev.segment.text.Percent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How the terminal report writes numbers for people: the shared forms of {@link dev.segment.text}
 * (grouping, currency signs, one-decimal percentages), and the report's own exact amounts and
 * plurals. Independent of the default locale, so output is the same everywhere.
 */
final class Display {
  private Display() {}

  /** {@code 2013} → {@code 2,013}. */
  static String count(long n) {
    return Grouping.count(n);
  }

  /**
   * An amount for people: rounded half-even once to the currency's minor digits (2 when the file
   * names none, JPY 0), with thousands separators and the currency: {@code $1,234.50}, {@code
   * -$12.50}, {@code ¥1,235}, {@code 1,234.500 BHD}; bare digits when the currency is unknown
   * (empty). Pass the exact figure: a figure rounded before would be rounded twice.
   */
  static String money(BigDecimal amount, String currency) {
    String digits = Grouping.digits(Money.forPeople(amount, currency).toPlainString());
    boolean negative = digits.startsWith("-");
    String magnitude = negative ? digits.substring(1) : digits;
    String sign = negative ? "-" : "";
    if (currency == null || currency.isEmpty()) {
      return sign + magnitude;
    }
    Optional<String> symbol = Money.sign(currency);
    return symbol.isPresent() ? sign + symbol.get() + magnitude : sign + magnitude + " " + currency;
  }

  /** A percentage 0–100 to one decimal: {@code 47.5851} → {@code 47.6%}. */
  static String percent(BigDecimal pct) {
    return Percent.oneDecimal(pct);
  }

  /** {@code 1 row}, {@code 2 rows}. */
  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }
}

package dev.segment.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money as the chart and the page's default title write it: a currency prefix and short, readable
 * amounts ($5K, $2.93M).
 */
public final class MoneyText {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal[] UNITS = {
    BigDecimal.valueOf(1_000_000_000_000L),
    BigDecimal.valueOf(1_000_000_000L),
    BigDecimal.valueOf(1_000_000L),
    THOUSAND
  };
  private static final String[] SUFFIXES = {"T", "B", "M", "K"};
  private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

  private final String prefix;
  private final int digits;

  private MoneyText(String prefix, int digits) {
    this.prefix = prefix;
    this.digits = digits;
  }

  /**
   * For an ISO currency code as the input summary holds it. A file that names no currency gets no
   * sign, as in the terminal report: guessing dollars would mislabel a euro export.
   */
  public static MoneyText of(String currency) {
    String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    return new MoneyText(
        code.isEmpty() ? "" : Money.sign(code).orElse(code + " "), Money.minorDigits(code));
  }

  public String prefix() {
    return prefix;
  }

  /**
   * An axis tick: 5000 → $5K, 12500 → $12.5K, 0.5 → $0.50. Ticks are round numbers, so every digit
   * they have is kept.
   */
  public String tick(double value) {
    if (!Double.isFinite(value)) {
      return prefix + value;
    }
    BigDecimal v = BigDecimal.valueOf(value).round(new MathContext(12));
    return format(v, false);
  }

  /** An amount to three significant digits: 2934567.89 → $2.93M, 812.4 → $812. */
  public String approx(BigDecimal value) {
    BigDecimal v =
        value.abs().compareTo(THOUSAND) < 0
            ? value.setScale(
                value.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 0, RoundingMode.HALF_EVEN)
            : value.round(new MathContext(3, RoundingMode.HALF_EVEN));
    return format(v, true);
  }

  /**
   * An amount in full for people, as the report writes it: rounded half-even once to the currency's
   * minor digits, grouped ($5,012.35; ¥5,012).
   */
  public String full(BigDecimal value) {
    BigDecimal v = value.setScale(digits, RoundingMode.HALF_EVEN);
    return sign(v) + prefix + Grouping.digits(v.abs().toPlainString());
  }

  private String format(BigDecimal v, boolean fixedCents) {
    BigDecimal abs = v.abs();
    for (int u = 0; u < UNITS.length; u++) {
      if (abs.compareTo(UNITS[u]) >= 0) {
        BigDecimal scaled = abs.divide(UNITS[u]).stripTrailingZeros();
        return sign(v) + prefix + plain(scaled) + SUFFIXES[u];
      }
    }
    BigDecimal stripped = abs.stripTrailingZeros();
    String digits;
    if (stripped.scale() <= 0) {
      digits = new DecimalFormat("0", US).format(stripped);
    } else if (fixedCents || stripped.scale() <= 2) {
      digits = new DecimalFormat("0.00", US).format(abs.setScale(2, RoundingMode.HALF_EVEN));
    } else {
      digits = plain(stripped);
    }
    return sign(v) + prefix + digits;
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static String sign(BigDecimal v) {
    return v.signum() < 0 ? "-" : "";
  }
}

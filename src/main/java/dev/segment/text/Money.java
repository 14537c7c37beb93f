package dev.segment.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Money as people read it, shared by the reader ({@code --minor-units}), the report, the page, the
 * workbook and the chart: the currency signs people know a code by, and each currency's minor-unit
 * digits, to which amounts for people are rounded.
 */
public final class Money {
  private static final Map<String, String> SIGNS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

  private Money() {}

  /**
   * {@code $} for USD, {@code €} EUR, {@code £} GBP, {@code ¥} JPY; empty for any other ISO code,
   * which the caller writes out instead.
   */
  public static Optional<String> sign(String code) {
    return Optional.ofNullable(SIGNS.get(code));
  }

  /**
   * The ISO 4217 minor-unit digits of {@code code} (USD 2, JPY 0, BHD 3): what {@code
   * --minor-units} divides by and what people see. 2 for a code Java does not know, or null or
   * empty (no currency named), and 0 for one without a minor unit (gold, SDRs).
   */
  public static int minorDigits(String code) {
    if (code == null || code.isBlank()) {
      return 2;
    }
    try {
      return Math.max(
          0,
          Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }

  /**
   * An exact amount as people see it: rounded half-even, once, to the currency's minor digits
   * ({@code 12666.666666} USD → {@code 12666.67}, {@code 1234.5} JPY → {@code 1234}).
   */
  public static BigDecimal forPeople(BigDecimal amount, String code) {
    return amount.setScale(minorDigits(code), RoundingMode.HALF_EVEN);
  }
}

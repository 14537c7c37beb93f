package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "1234567.891, USD, '$1,234,567.89'",
    "-12.50, USD, '-$12.50'",
    "999, EUR, '€999.00'",
    "1000, GBP, '£1,000.00'",
    "123456, JPY, '¥123,456'",
    "123456.5, JPY, '¥123,456'",
    "123457.5, JPY, '¥123,458'",
    "1234.50, CHF, '1,234.50 CHF'",
    "1234.5, CHF, '1,234.50 CHF'",
    "-1234.50, CHF, '-1,234.50 CHF'",
    "1.2345, BHD, '1.234 BHD'",
    "12666.666666, USD, '$12,666.67'",
    "0.125, USD, '$0.12'",
    "0.135, USD, '$0.14'",
    "100000, '', '100,000.00'",
    "1.2E+4, '', '12,000.00'",
    "0.00, USD, '$0.00'",
  })
  void formatsMoneyForPeople(String amount, String currency, String expected) {
    assertThat(Display.money(new BigDecimal(amount), currency)).isEqualTo(expected);
  }
}

package dev.segment.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"'' | ''", "USD | $", "usd | $", "EUR | €", "GBP | £", "JPY | ¥", "CHF | 'CHF '"})
  void prefixFollowsTheCurrency(String code, String prefix) {
    assertThat(MoneyText.of(code).prefix()).isEqualTo(prefix);
  }

  @ParameterizedTest
  @CsvSource({
    "0, $0",
    "250, $250",
    "5000, $5K",
    "12500, $12.5K",
    "100000, $100K",
    "1250000, $1.25M",
    "2000000000, $2B",
    "0.5, $0.50",
    "0.25, $0.25",
    "0.125, $0.125"
  })
  void ticksAreShortAndKeepTheirDigits(double value, String text) {
    assertThat(MoneyText.of("USD").tick(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "4237512.34, $4.24M",
    "999999, $1M",
    "12345, $12.3K",
    "812.4, $812",
    "9.5, $9.50",
    "0, $0"
  })
  void approximateAmountsHaveThreeSignificantDigits(String value, String text) {
    assertThat(MoneyText.of("USD").approx(new BigDecimal(value))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "USD | 5012.99 | $5,012.99",
        "USD | 1700 | $1,700.00",
        "USD | 1700.000000 | $1,700.00",
        "USD | 12.5 | $12.50",
        "USD | 99.995 | $100.00",
        "USD | 0.125 | $0.12",
        "USD | -1234.565 | -$1,234.56",
        "JPY | 1234.5 | ¥1,234",
        "BHD | 1.2345 | BHD 1.234",
        "'' | 1234567 | 1,234,567.00"
      })
  void fullAmountsAreRoundedHalfEvenToTheMinorDigits(String code, String value, String text) {
    assertThat(MoneyText.of(code).full(new BigDecimal(value))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"EUR | €5K", "CHF | CHF 5K"})
  void ticksCarryTheCurrency(String code, String text) {
    assertThat(MoneyText.of(code).tick(5000)).isEqualTo(text);
  }
}

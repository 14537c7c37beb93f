package dev.segment.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersForPeopleTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0, 0", "999, 999", "1000, '1,000'", "-1234567, '-1,234,567'"})
  void groupsCounts(long n, String expected) {
    assertThat(Grouping.count(n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1234.5, '1,234.5'", "-100000.00, '-100,000.00'", "0.125, 0.125", "123, 123"})
  void groupsOnlyTheIntegerPart(String plain, String expected) {
    assertThat(Grouping.digits(plain)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"47.5851, 47.6%", "0.0000, 0.0%", "100.0000, 100.0%", "16.6500, 16.6%"})
  void roundsPercentagesToOneDecimal(String pct, String expected) {
    assertThat(Percent.oneDecimal(new BigDecimal(pct))).isEqualTo(expected);
  }

  @Test
  void signsTheCurrenciesKnownBySign() {
    assertThat(Money.sign("USD")).hasValue("$");
    assertThat(Money.sign("EUR")).hasValue("€");
    assertThat(Money.sign("CHF")).isEmpty();
  }
}

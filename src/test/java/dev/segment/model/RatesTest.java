package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC's two facts about rates, asked of {@link Rates} by every reader of a rate. */
class RatesTest {
  @Test
  void aRateIsADecimalAboveZero() {
    assertThat(Rates.isRate(new BigDecimal("0.0067"))).isTrue();
    assertThat(Rates.isRate(BigDecimal.ZERO)).isFalse();
    assertThat(Rates.isRate(new BigDecimal("-1.08"))).isFalse();
    assertThatThrownBy(() -> new Rates("USD", Map.of("EUR", BigDecimal.ZERO)))
        .hasMessageContaining("> 0");
    assertThatThrownBy(
            () ->
                RowFormula.value(
                    BigDecimal.TEN, 0, BigDecimal.ZERO, BigDecimal.ONE, 1, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBaseCurrencysOwnRateIsOne() {
    assertThat(Rates.wrongBaseRate("USD", Map.of("USD", new BigDecimal("1.000")))).isEmpty();
    assertThat(Rates.wrongBaseRate("USD", Map.of("EUR", new BigDecimal("2")))).isEmpty();
    assertThat(Rates.wrongBaseRate("USD", Map.of("USD", new BigDecimal("2"))))
        .contains(new BigDecimal("2"));
    assertThatThrownBy(() -> new Rates("USD", Map.of("USD", new BigDecimal("2"))))
        .hasMessageContaining("must be 1");
  }

  @Test
  void aYearIsTwelveMonthsAndAValueIsRoundedToSixDecimals() {
    assertThat(Mrr.arr(new BigDecimal("82.50"))).isEqualByComparingTo("990");
    assertThat(RowFormula.MIN_DECIMALS).isEqualTo(Mrr.DECIMALS).isEqualTo(6);
    // A yearly price of 1 adds a twelfth, rounded half-even to six decimals.
    assertThat(RowFormula.value(BigDecimal.ONE, 0, BigDecimal.ONE, BigDecimal.ONE, 1, Mrr.TWELVE))
        .isEqualByComparingTo("0.083333");
  }
}

package dev.segment.analysis;

import static dev.segment.analysis.TestCustomers.curve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Concentration;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ConcentrationFiguresTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void giniOfEqualAmountsIsZero() {
    assertThat(ConcentrationFigures.of(curve("1", "1", "1", "1")).gini()).isEqualTo(d("0.0000"));
  }

  @Test
  void giniOfOneHolderAmongFourIsThreeQuarters() {
    // Mean absolute difference over all 16 ordered pairs: 6 × 1 / 16; mean 1/4: 0.375 / 0.5.
    assertThat(ConcentrationFigures.of(curve("1", "0", "0", "0")).gini()).isEqualTo(d("0.7500"));
  }

  @Test
  void giniOfThreeTwoOne() {
    // |3−2| + |3−1| + |2−1| = 4, twice over ordered pairs = 8, over 9 pairs; mean 2: 8/9 / 4 = 2/9.
    assertThat(ConcentrationFigures.of(curve("1", "3", "2")).gini()).isEqualTo(d("0.2222"));
  }

  @Test
  void giniOfOneCustomerIsZero() {
    assertThat(ConcentrationFigures.of(curve("5")).gini()).isEqualTo(d("0.0000"));
  }

  @Test
  void giniStaysExactWhenPrefixSumsPassTheLongRange() {
    // Unscaled amounts near 3e18: the prefix sums add past 2^63. The values are 3a, 2a, a with
    // a = 1.5e18, so the Gini is that of 3, 2, 1: 2/9.
    Concentration c =
        ConcentrationFigures.of(
            curve("4500000000000000000", "3000000000000000000", "1500000000000000000"));

    assertThat(c.gini()).isEqualTo(d("0.2222"));
  }

  /**
   * MRR 40 20 15 10 5 4 3 2 1 0, T = 100, S = 40 60 75 85 90 94 97 99 100 100. Top 1% and 10% are
   * the first customer (ceil 0.1, ceil 1): 40%; top 20% the first two: 60%. 50% of MRR is reached
   * at rank 2 (20% of customers), 80% at rank 4 (40%). Gini: (2 × 740 − 9 × 100) / (10 × 100).
   */
  @Test
  void sharesOfTheTopAndOfTheCustomersHoldingHalfAndEightyPercent() {
    Concentration c =
        ConcentrationFigures.of(curve("40", "20", "15", "10", "5", "4", "3", "2", "1", "0"));

    assertThat(c)
        .isEqualTo(
            new Concentration(
                d("0.5800"), d("40.0000"), d("40.0000"), d("60.0000"), d("20.0000"), d("40.0000")));
  }

  @Test
  void reachingHalfExactlyCounts() {
    // S_1 = 50 = 50% of T exactly: one customer of four holds half.
    assertThat(ConcentrationFigures.of(curve("50", "30", "10", "10")).customersFor50Pct())
        .isEqualTo(d("25.0000"));
  }

  @Test
  void allZeroAndEmptyCurvesGiveZeros() {
    BigDecimal zero = d("0.0000");
    Concentration expected = new Concentration(zero, zero, zero, zero, zero, zero);

    assertThat(ConcentrationFigures.of(curve("0", "0", "0"))).isEqualTo(expected);
    assertThat(ConcentrationFigures.of(curve())).isEqualTo(expected);
  }
}

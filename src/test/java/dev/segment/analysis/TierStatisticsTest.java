package dev.segment.analysis;

import static dev.segment.analysis.TestCustomers.curve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TierStatisticsTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static List<TierStats> stats(ParetoCurve curve, CutRule rule) {
    Segmentation s = TierCutter.cut(curve, rule, Tier.defaultLabels(rule.tierCount()));
    return TierStatistics.of(s);
  }

  @Test
  void summarisesEachTier() {
    // T = 100, tiers 50 | 20 10 10 | 5 5 (see TierCutterTest).
    List<TierStats> rows =
        stats(
            curve("50", "20", "10", "10", "5", "5"),
            new CutRule.ByRevenue(List.of(d("45"), d("75"))));

    assertThat(rows)
        .containsExactly(
            new TierStats(
                "Tier 1",
                1,
                d("16.6667"),
                d("50"),
                d("50.0000"),
                d("16.6667"),
                d("50.0000"),
                Optional.of(new TierStats.Amounts(d("50"), d("50"), d("50.0000"), d("50")))),
            new TierStats(
                "Tier 2",
                3,
                d("50.0000"),
                d("40"),
                d("40.0000"),
                d("66.6667"),
                d("90.0000"),
                Optional.of(new TierStats.Amounts(d("10"), d("20"), d("13.3333"), d("10")))),
            new TierStats(
                "Tier 3",
                2,
                d("33.3333"),
                d("10"),
                d("10.0000"),
                d("100.0000"),
                d("100.0000"),
                Optional.of(new TierStats.Amounts(d("5"), d("5"), d("5.0000"), d("5")))));
  }

  @Test
  void cumulativeSharesAreNotSumsOfRoundedShares() {
    // Three tiers of one customer each: 33.3333 each, but cumulatively 66.6667 and 100.0000.
    List<TierStats> rows =
        stats(curve("3", "2", "1"), new CutRule.ByCustomers(List.of(d("33"), d("66"))));

    assertThat(rows).extracting(TierStats::pctCustomers).containsOnly(d("33.3333"));
    assertThat(rows)
        .extracting(TierStats::cumPctCustomers)
        .containsExactly(d("33.3333"), d("66.6667"), d("100.0000"));
    assertThat(rows)
        .extracting(TierStats::cumPctMrr)
        .containsExactly(d("50.0000"), d("83.3333"), d("100.0000"));
  }

  @Test
  void medianOfAnEvenCountIsTheExactMeanOfTheMiddleTwo() {
    // One tier of 4: 9.99, 5.01, 4.00, 1.00 → median (5.01 + 4.00) / 2 = 4.505, mean 20 / 4.
    List<TierStats> rows =
        stats(curve("5.01", "9.99", "1.00", "4.00"), new CutRule.ByMrr(List.of(d("0.5"))));

    TierStats.Amounts amounts = rows.get(0).amounts().orElseThrow();
    assertThat(amounts.median()).isEqualTo(d("4.505"));
    assertThat(amounts.mean()).isEqualTo(d("5.0000"));
    assertThat(amounts.floor()).isEqualTo(d("1.00"));
    assertThat(amounts.max()).isEqualTo(d("9.99"));
    assertThat(rows.get(0).mrr()).isEqualTo(d("20.00"));
  }

  @Test
  void meanIsRoundedHalfEvenToFourDecimals() {
    // (0.0004 + 0.0001) / 2 = 0.00025 rounds half-even to 0.0002; (0.0004 + 0.0003) / 2 to 0.0004.
    assertThat(
            stats(curve("0.0004", "0.0001"), new CutRule.ByMrr(List.of(d("0.00001"))))
                .get(0)
                .amounts()
                .orElseThrow()
                .mean())
        .isEqualTo(d("0.0002"));
    assertThat(
            stats(curve("0.0004", "0.0003"), new CutRule.ByMrr(List.of(d("0.00001"))))
                .get(0)
                .amounts()
                .orElseThrow()
                .mean())
        .isEqualTo(d("0.0004"));
  }

  @Test
  void emptyTiersHaveNoAmounts() {
    List<TierStats> rows =
        stats(
            curve("500", "500", "500", "100"), new CutRule.ByCustomers(List.of(d("10"), d("30"))));

    assertThat(rows.get(1).customers()).isZero();
    assertThat(rows.get(1).mrr()).isEqualByComparingTo("0");
    assertThat(rows.get(1).pctMrr()).isEqualTo(d("0.0000"));
    assertThat(rows.get(1).cumPctCustomers()).isEqualTo(d("75.0000"));
    assertThat(rows.get(1).amounts()).isEmpty();
  }

  @Test
  void anEmptyOrAllZeroCurveDoesNotThrow() {
    CutRule rule = new CutRule.ByCustomers(List.of(d("10"), d("30")));

    assertThat(stats(curve(), rule))
        .allSatisfy(
            row -> {
              assertThat(row.customers()).isZero();
              assertThat(row.pctCustomers()).isEqualTo(d("0.0000"));
              assertThat(row.amounts()).isEmpty();
            });
    List<TierStats> zeros = stats(curve("0", "0"), rule);
    assertThat(zeros.get(2).pctCustomers()).isEqualTo(d("100.0000"));
    assertThat(zeros.get(2).pctMrr()).isEqualTo(d("0.0000"));
    assertThat(zeros.get(2).amounts().orElseThrow().median()).isEqualByComparingTo("0");
  }
}

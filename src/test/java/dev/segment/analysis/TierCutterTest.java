package dev.segment.analysis;

import static dev.segment.analysis.TestCustomers.curve;
import static dev.segment.analysis.TestCustomers.sizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierCutterTest {
  private static final List<String> THREE = Tier.defaultLabels(3);

  private static List<BigDecimal> cuts(String... values) {
    List<BigDecimal> cuts = new ArrayList<>();
    for (String v : values) {
      cuts.add(new BigDecimal(v));
    }
    return cuts;
  }

  private static CutRule byCustomers(String... percents) {
    return new CutRule.ByCustomers(cuts(percents));
  }

  private static CutRule byRevenue(String... percents) {
    return new CutRule.ByRevenue(cuts(percents));
  }

  private static CutRule byMrr(String... floors) {
    return new CutRule.ByMrr(cuts(floors));
  }

  private static final ParetoCurve TEN_DISTINCT =
      curve("1000", "500", "400", "300", "200", "100", "50", "30", "20", "10");

  @Test
  void byCustomersEndsAtTheCeilingOfTheShareOfN() {
    // N = 10: 10% → rank 1, 30% → rank 3.
    Segmentation s = TierCutter.cut(TEN_DISTINCT, byCustomers("10", "30"), THREE);

    assertThat(s.tiers())
        .containsExactly(
            new Tier("Tier 1", 0, 1), new Tier("Tier 2", 1, 3), new Tier("Tier 3", 3, 10));
    assertThat(s.auto()).isEmpty();
  }

  @Test
  void byCustomersRoundsDecimalSharesUp() {
    // 12.5% of 10 = 1.25 → 2 customers; 25% of 10 = 2.5 → 3; 37.5% of 8 would be exactly 3.
    assertThat(sizes(TierCutter.cut(TEN_DISTINCT, byCustomers("12.5", "25"), THREE)))
        .containsExactly(2, 1, 7);
    ParetoCurve eight = curve("80", "70", "60", "50", "40", "30", "20", "10");
    assertThat(sizes(TierCutter.cut(eight, byCustomers("12.5", "37.5"), THREE)))
        .containsExactly(1, 2, 5);
  }

  @Test
  void tiedCustomersJoinTheTierOfTheLastOneBeforeTheCut() {
    // 30% of 10 ends at rank 3 (MRR 500); the fourth customer also has 500 and joins tier 2.
    ParetoCurve tied = curve("900", "500", "500", "500", "100", "90", "80", "70", "60", "50");

    Segmentation s = TierCutter.cut(tied, byCustomers("10", "30"), THREE);

    assertThat(sizes(s)).containsExactly(1, 3, 6);
  }

  @Test
  void aTierSwallowedByTiesIsEmptyButStillThere() {
    // 10% ends at rank 1 (500), the tie pulls ranks 2–3 in; 30% ends at rank 3 too: tier 2 empty.
    ParetoCurve tied = curve("500", "500", "500", "100", "90", "80", "70", "60", "50", "40");

    Segmentation s = TierCutter.cut(tied, byCustomers("10", "30"), List.of("A", "B", "C"));

    assertThat(s.tiers())
        .containsExactly(new Tier("A", 0, 3), new Tier("B", 3, 3), new Tier("C", 3, 10));
    // Where the cuts fell before the tie rule moved them, for the report's notes.
    assertThat(s.nominalEnds()).containsExactly(1, 3);
    // Each rank's tier comes from the spans; the empty tier holds none.
    assertThat(List.of(s.tierOf(0), s.tierOf(2), s.tierOf(3), s.tierOf(9)))
        .containsExactly(0, 0, 2, 2);
  }

  @Test
  void noCutOrTieReachesIntoZeroMrrCustomers() {
    // 30% of 5 = rank 2, a zero customer: held back to the last positive one, tier 2 stays empty.
    ParetoCurve zeros = curve("0", "300", "0", "0", "0");

    Segmentation s = TierCutter.cut(zeros, byCustomers("10", "30"), THREE);

    assertThat(sizes(s)).containsExactly(1, 0, 4);
    assertThat(s.nominalEnds()).containsExactly(1, 2);
    // The same with equal positive MRR before the zeros: the tie stops at the last positive one.
    ParetoCurve tiedThenZeros = curve("100", "100", "0", "0");
    assertThat(sizes(TierCutter.cut(tiedThenZeros, byCustomers("10", "60"), THREE)))
        .containsExactly(2, 0, 2);
    assertThat(sizes(TierCutter.cut(tiedThenZeros, byRevenue("45", "99"), THREE)))
        .containsExactly(2, 0, 2);
  }

  @Test
  void excludeZeroTakesZerosOffTheCurveBeforeCutting() {
    // Without zeros N = 2: 30% → rank 1 (ceil 0.6), so "200" is tier 2 on its own.
    ParetoCurve curve =
        CurveBuilder.build(TestCustomers.of("300", "0", "200", "0", "0", "0"), true).curve();

    Segmentation s = TierCutter.cut(curve, byCustomers("10", "60"), THREE);

    assertThat(sizes(s)).containsExactly(1, 1, 0);
  }

  @Test
  void everyCustomerAtZeroIsInTheLastTier() {
    ParetoCurve zeros = curve("0", "0", "0");

    assertThat(sizes(TierCutter.cut(zeros, byCustomers("10", "30"), THREE)))
        .containsExactly(0, 0, 3);
    assertThat(sizes(TierCutter.cut(zeros, byRevenue("45", "75"), THREE))).containsExactly(0, 0, 3);
    assertThat(sizes(TierCutter.cut(zeros, byMrr("5000", "1700"), THREE))).containsExactly(0, 0, 3);
  }

  @Test
  void byRevenueEndsAtTheFirstRankReachingTheShare() {
    // T = 100; S = 50, 70, 80, 90, 95, 100. 45% → rank 1. 75% → rank 3 (S = 80), and the tie
    // rule adds rank 4 (also 10).
    ParetoCurve curve = curve("50", "20", "10", "10", "5", "5");

    assertThat(sizes(TierCutter.cut(curve, byRevenue("45", "75"), THREE))).containsExactly(1, 3, 2);
  }

  @Test
  void byRevenueCountsReachingTheLineExactly() {
    // S_1 = 50 is exactly 50% of T = 100, S_2 = 70 exactly 70%.
    ParetoCurve curve = curve("50", "20", "10", "10", "5", "5");

    assertThat(sizes(TierCutter.cut(curve, byRevenue("50", "70"), THREE))).containsExactly(1, 1, 4);
  }

  @Test
  void byRevenueComparesExactlyNotWithARoundedShare() {
    // T = 3: S_1 = 2 is 66.666…%. A share rounded to 4 decimals (66.6667) would count as reaching
    // 66.6667%; exactly, 200 < 66.6667 × 3 = 200.0001, so the first tier needs both customers.
    ParetoCurve curve = curve("2", "1");

    List<String> two = Tier.defaultLabels(2);
    assertThat(sizes(TierCutter.cut(curve, byRevenue("66.6667"), two))).containsExactly(2, 0);
    assertThat(sizes(TierCutter.cut(curve, byRevenue("66.6666"), two))).containsExactly(1, 1);
  }

  @Test
  void byRevenueWorksAtAnyScale() {
    // T = 100.005; 50% is 50.0025: S_1 = 50.002 falls short, S_2 = 60.003 reaches it.
    ParetoCurve curve = curve("50.002", "10.001", "40.002");

    assertThat(sizes(TierCutter.cut(curve, byRevenue("50"), Tier.defaultLabels(2))))
        .containsExactly(2, 1);
  }

  @Test
  void byMrrHoldsTheCustomersAtOrAboveEachFloor() {
    ParetoCurve curve = curve("9000", "5000", "4999.99", "1700", "1699.99", "0");

    assertThat(sizes(TierCutter.cut(curve, byMrr("5000", "1700"), THREE))).containsExactly(2, 2, 2);
    // A floor with more decimals than the amounts: 1700 ≥ 1699.995 > 1699.99.
    assertThat(sizes(TierCutter.cut(curve, byMrr("5000", "1699.995"), THREE)))
        .containsExactly(2, 2, 2);
    // Floors above everyone: empty tiers, everyone in the last.
    assertThat(sizes(TierCutter.cut(curve, byMrr("99999999999999999999999", "100000"), THREE)))
        .containsExactly(0, 0, 6);
  }

  @Test
  void oneCustomerIsInTheFirstTier() {
    ParetoCurve one = curve("42");

    assertThat(sizes(TierCutter.cut(one, byCustomers("10", "30"), THREE))).containsExactly(1, 0, 0);
    assertThat(sizes(TierCutter.cut(one, byRevenue("45", "75"), THREE))).containsExactly(1, 0, 0);
    assertThat(sizes(TierCutter.cut(one, new CutRule.Auto(), THREE))).containsExactly(1, 0, 0);
  }

  @Test
  void allEqualMrrIsOneTier() {
    ParetoCurve equal = curve("7", "7", "7", "7", "7");

    assertThat(sizes(TierCutter.cut(equal, byCustomers("10", "30"), THREE)))
        .containsExactly(5, 0, 0);
    assertThat(sizes(TierCutter.cut(equal, byRevenue("45", "75"), THREE))).containsExactly(5, 0, 0);
    assertThat(sizes(TierCutter.cut(equal, new CutRule.Auto(), THREE))).containsExactly(5, 0, 0);
  }

  @Test
  void anEmptyCurveGivesEmptyTiers() {
    ParetoCurve empty = curve();

    for (CutRule rule :
        List.of(
            byCustomers("10", "30"), byRevenue("45", "75"), byMrr("5", "1"), new CutRule.Auto())) {
      assertThat(sizes(TierCutter.cut(empty, rule, THREE))).containsExactly(0, 0, 0);
    }
  }

  @Test
  void autoRecordsItsPoints() {
    // The curve of AutoCutterTest: P = 3, BE = 4, submarginal 5.
    ParetoCurve curve = curve("40", "20", "15", "10", "5", "4", "3", "2", "1", "0");

    Segmentation s = TierCutter.cut(curve, new CutRule.Auto(), THREE);

    assertThat(sizes(s)).containsExactly(3, 2, 5);
    assertThat(s.auto()).isPresent();
    assertThat(s.auto().get().paretoPoint()).isEqualTo(3);
  }

  @Test
  void manyCutsMakeOneMoreTier() {
    Segmentation s =
        TierCutter.cut(TEN_DISTINCT, byCustomers("10", "20", "50", "90"), Tier.defaultLabels(5));

    assertThat(sizes(s)).containsExactly(1, 1, 3, 4, 1);
    assertThat(s.tiers().get(4).label()).isEqualTo("Tier 5");
  }

  @Test
  void labelsMustNameEveryTier() {
    assertThatThrownBy(
            () -> TierCutter.cut(TEN_DISTINCT, byCustomers("10", "30"), List.of("A", "B")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--names")
        .hasMessageContaining("3 tiers");
    assertThatThrownBy(
            () -> TierCutter.cut(TEN_DISTINCT, new CutRule.Auto(), List.of("A", "B", "C", "D")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--names");
    assertThatThrownBy(
            () -> TierCutter.cut(TEN_DISTINCT, byCustomers("10", "30"), List.of("A", "B", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--names");
  }
}

package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.DataException;
import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Pin;
import dev.segment.model.PreviousTiers;
import dev.segment.model.Segmentation;
import dev.segment.model.Staffing;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked cases for staffing, grace, pins, floors and movements. */
class DecisionAidsTest {
  private static final List<String> LABELS = Tier.defaultLabels(3);
  private static final CutRule ESSAY =
      new CutRule.ByCustomers(List.of(BigDecimal.TEN, BigDecimal.valueOf(30)));

  /** c01..c10: 1000, 800, 500, 300, 200, 100, 50, 30, 20, 0; total 3000. */
  private static Segmentation essay() {
    ParetoCurve curve =
        TestCustomers.curve("1000", "800", "500", "300", "200", "100", "50", "30", "20", "0");
    return TierCutter.cut(curve, ESSAY, LABELS);
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void staffingTakesTheLargerOfBookAndRatioRoundedUp() {
    List<TierStats> tiers = TierStatistics.of(essay());
    List<BigDecimal> arr = StaffingPlanner.tierArr(essay(), Overrides.none(), tiers);
    assertThat(arr).containsExactly(dec("12000"), dec("15600"), dec("8400"));
    // Tier 1: 12000/10000 → 2 beats 1/1 → 1. Tier 2: 15600/10000 → 2 ties 2/1 → 2.
    Staffing s = StaffingPlanner.plan(Optional.of(dec("10000")), List.of(1, 1), tiers, arr);
    assertThat(s.tiers()).extracting(Staffing.TierStaffing::csms).containsExactly(2, 2, 0);
    assertThat(s.totalCsms()).isEqualTo(4);
    assertThat(s.tiers().get(0).arrPerCsm()).contains(dec("6000.00"));
    assertThat(s.tiers().get(1).accountsPerCsm()).contains(dec("1.0000"));
    assertThat(s.tiers().get(2).staffed()).isFalse();
  }

  @Test
  void bookAloneStaffsEveryTierButTheLastAndRatiosAloneOnlyTheirTiers() {
    List<TierStats> tiers = TierStatistics.of(essay());
    List<BigDecimal> arr = StaffingPlanner.tierArr(essay(), Overrides.none(), tiers);
    Staffing book = StaffingPlanner.plan(Optional.of(dec("5000")), List.of(), tiers, arr);
    // 12000/5000 → 3, 15600/5000 → 4 (3.12 rounded up).
    assertThat(book.tiers()).extracting(Staffing.TierStaffing::csms).containsExactly(3, 4, 0);
    Staffing ratio = StaffingPlanner.plan(Optional.empty(), List.of(3), tiers, arr);
    assertThat(ratio.tiers())
        .extracting(Staffing.TierStaffing::staffed)
        .containsExactly(true, false, false);
    assertThat(ratio.totalCsms()).isEqualTo(1);
  }

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  @Test
  void floorsAreTheLastMrrOfEachCumulativeTier() {
    assertThat(TierFloors.of(essay())).containsExactly(big(1000), big(500));
    BigInteger[] floors = {big(1000), big(500)};
    assertThat(TierFloors.tierOf(floors, big(1200))).isEqualTo(0);
    assertThat(TierFloors.tierOf(floors, big(500))).isEqualTo(1);
    assertThat(TierFloors.tierOf(floors, big(499))).isEqualTo(2);
    assertThat(TierFloors.tierOf(new BigInteger[] {null, big(500)}, big(9999))).isEqualTo(1);
  }

  @Test
  void graceKeepsWithinPercentOfTheFloorCrossed() {
    Segmentation s = essay();
    // c02 (800) fell from tier 1: floor 1000, 10% → kept while ≥ 900: not kept; 20% → ≥ 800: kept.
    // c04 (300) rose from... no: c03 (500) rose from tier 3 into tier 2: floor 500, kept while
    // ≤ 550. c04 (300) fell from tier 2: floor 500, 10% → ≥ 450: not kept.
    int[] previous = {-1, 0, 2, 1, -1, -1, -1, -1, -1, -1};
    int[] ten = Grace.keep(s, previous, TierFloors.of(s), BigDecimal.TEN);
    assertThat(ten).containsExactly(-1, -1, 2, -1, -1, -1, -1, -1, -1, -1);
    int[] twenty = Grace.keep(s, previous, TierFloors.of(s), dec("20"));
    assertThat(twenty).containsExactly(-1, 0, 2, -1, -1, -1, -1, -1, -1, -1);
  }

  @Test
  void graceNeverLiftsAZeroCustomerOutOfTheLastTier() {
    Segmentation s = essay();
    int[] previous = {-1, -1, -1, -1, -1, -1, -1, -1, -1, 0};
    int[] kept = Grace.keep(s, previous, TierFloors.of(s), dec("99"));
    assertThat(kept[9]).isEqualTo(-1);
  }

  @Test
  void statisticsAfterOverridesCountEveryTieredCustomer() {
    Customers customers = TestCustomers.of("1000", "800", "500", "300", "50");
    PinResolver.Resolved pins =
        PinResolver.resolve(
            customers,
            List.of(new Pin("c05", "Tier 1", 2), new Pin("c03", "3", 3)),
            LABELS,
            false,
            "pins.csv");
    assertThat(pins.customers()).containsExactly(2, 4);
    assertThat(pins.tiers()).containsExactly(2, 0);
    ParetoCurve curve = CurveBuilder.build(customers, false, pins.leaveOut()).curve();
    assertThat(TestCustomers.ids(curve)).containsExactly("c01", "c02", "c04");
    Segmentation s = TierCutter.cut(curve, ESSAY, LABELS);
    Overrides o = Overrides.of(pins.customers(), pins.tiers(), new int[] {2, 2}, null);
    List<TierStats> stats = TierStatistics.of(s, o);
    // Curve of 3: tier 1 = c01, tier 2 ends at ceil(0.9) = 1 so is empty, tier 3 = c02, c04;
    // then c05 joins tier 1 and c03 tier 3.
    assertThat(stats).extracting(TierStats::customers).containsExactly(2, 0, 3);
    assertThat(stats)
        .extracting(TierStats::mrr)
        .containsExactly(dec("1050"), dec("0"), dec("1600"));
    assertThat(stats.get(0).amounts().get().floor()).isEqualTo(dec("50"));
    assertThat(stats.get(1).amounts()).isEmpty();
    assertThat(stats.get(2).amounts().get().median()).isEqualTo(dec("500"));
    assertThat(stats.get(2).cumPctMrr()).isEqualByComparingTo("100");
    assertThat(stats.get(0).pctCustomers()).isEqualByComparingTo("40");
  }

  @Test
  void aPinOnAnUnknownIdOrTierIsADataError() {
    Customers customers = TestCustomers.of("1000", "800");
    assertThatThrownBy(
            () ->
                PinResolver.resolve(
                    customers, List.of(new Pin("nope", "1", 2)), LABELS, false, "p.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'nope'");
    assertThatThrownBy(
            () ->
                PinResolver.resolve(
                    customers, List.of(new Pin("c01", "4", 5)), LABELS, false, "p.csv"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("a number from 1 to 3");
  }

  @Test
  void earlierLabelsMatchByNameFirstThenFillFreePositionsInOrder() {
    PreviousTiers previous =
        new PreviousTiers("old.csv", List.of("Gold", "Tier 2", "Bronze", "Extra"), Map.of());
    List<Movements.LabelPosition> p = MovementTracker.positions(previous, LABELS);
    assertThat(p).extracting(Movements.LabelPosition::position).containsExactly(0, 1, 2, 3);
    PreviousTiers swapped = new PreviousTiers("old.csv", List.of("Tier 3", "Gold"), Map.of());
    assertThat(MovementTracker.positions(swapped, LABELS))
        .extracting(Movements.LabelPosition::position)
        .containsExactly(2, 0);
  }

  @Test
  void aDefaultLabelKeepsItsPositionWhenTheEarlierRunHadAnEmptyTier() {
    // The earlier run's Tier 2 was empty, so its tiers.csv shows only Tier 1 and Tier 3.
    PreviousTiers previous = new PreviousTiers("old.csv", List.of("Tier 1", "Tier 3"), Map.of());
    assertThat(MovementTracker.positions(previous, List.of("X", "Y", "Z")))
        .extracting(Movements.LabelPosition::position)
        .containsExactly(0, 2);
    assertThat(MovementTracker.defaultLabelPosition("Tier 12")).isEqualTo(11);
    assertThat(MovementTracker.defaultLabelPosition("Tier 0")).isEqualTo(-1);
    assertThat(MovementTracker.defaultLabelPosition("Tier 2b")).isEqualTo(-1);
    assertThat(MovementTracker.defaultLabelPosition("Gold")).isEqualTo(-1);
  }

  @Test
  void movementsCountUpDownNewGoneWithTheirMrr() {
    Segmentation s = essay();
    PreviousTiers previous =
        new PreviousTiers(
            "old.csv",
            List.of("Tier 1", "Tier 2", "Tier 3"),
            Map.of(
                "c01", new PreviousTiers.Entry("", dec("900"), 1),
                "c02", new PreviousTiers.Entry("", dec("850"), 0),
                "c05", new PreviousTiers.Entry("", dec("200"), 2),
                "zz", new PreviousTiers.Entry("", dec("75"), 2)));
    Movements m = MovementTracker.compare(s, Overrides.none(), LABELS, previous);
    assertThat(m.up()).isEqualTo(new Movements.Group(1, dec("1000")));
    assertThat(m.down()).isEqualTo(new Movements.Group(1, dec("800")));
    assertThat(m.added().customers()).isEqualTo(7);
    assertThat(m.gone()).isEqualTo(new Movements.Group(1, dec("75")));
    assertThat(m.unchanged()).isEqualTo(1);
    assertThat(m.biggest()).extracting(Movements.Change::id).containsExactly("c01", "c02");
    assertThat(m.changes())
        .extracting(Movements.Change::oldTier)
        .containsExactly("Tier 2", "Tier 1");
  }
}

package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Budget;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Sweep;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases for {@code --sweep} and {@code --csms} on one small curve: c01..c10 with MRR
 * 1000, 800, 500, 500, 200, 100, 50, 30, 20, 0 (total 3200; S = 1000, 1800, 2300, 2800, 3000, …).
 */
class SweepAndBudgetTest {
  private static ParetoCurve curve() {
    return TestCustomers.curve("1000", "800", "500", "500", "200", "100", "50", "30", "20", "0");
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  @Test
  void sweepCutsEachPercentageOnceAfterTheTieRule() {
    // Customers (N = 10): ceil(p × 10 / 100) = 1, 1, 2, 2, 3, 3, 4, 4, 5, 5; the end at 3 takes
    // c04, tied with c03 at 500, so 25% and 30% hold 4 customers.
    // Revenue (T = 3200): q × 32 = 320, 640, 960 → rank 1; 1280, 1600 → 2; 1920, 2240 → 3, tied
    // → 4; 2560 → 4; 2880 → 5.
    // CSMs (book 12000 ARR, 2 accounts a CSM): 1 customer: 12000/12000 → 1; 2: 21600 → 2;
    // 4: 33600 → 3 (beats 4/2); 5: 36000 → 3.
    Sweep sweep = Sweeper.of(curve(), Optional.of(dec("12000")), List.of(2, 7), true);
    assertThat(sweep.rows()).hasSize(19);
    assertThat(sweep.rows())
        .extracting(r -> r.basis().word() + " " + r.cut() + " " + r.customers())
        .containsExactly(
            "customers 5 1",
            "customers 10 1",
            "customers 15 2",
            "customers 20 2",
            "customers 25 4",
            "customers 30 4",
            "customers 35 4",
            "customers 40 4",
            "customers 45 5",
            "customers 50 5",
            "revenue 10 1",
            "revenue 20 1",
            "revenue 30 1",
            "revenue 40 2",
            "revenue 50 2",
            "revenue 60 4",
            "revenue 70 4",
            "revenue 80 4",
            "revenue 90 5");
    Sweep.Row quarter = sweep.rows().get(4);
    assertThat(quarter.pctCustomers()).isEqualByComparingTo("40");
    assertThat(quarter.mrr()).isEqualByComparingTo("2800");
    assertThat(quarter.pctMrr()).isEqualTo(dec("87.5000"));
    assertThat(quarter.floor()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("500"));
    assertThat(sweep.rows())
        .extracting(r -> r.csms().orElseThrow())
        .containsExactly(1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 1, 1, 1, 2, 2, 3, 3, 3, 3);
  }

  @Test
  void sweepWithoutStaffingHasNoCsms() {
    Sweep sweep = Sweeper.of(curve(), Optional.empty(), List.of(), false);
    assertThat(sweep.rows()).allSatisfy(r -> assertThat(r.csms()).isEmpty());
  }

  @Test
  void sweepKeepsZeroMrrCustomersOutOfTheTopTier() {
    ParetoCurve mostlyFree = TestCustomers.curve("100", "0", "0", "0");
    Sweep sweep = Sweeper.of(mostlyFree, Optional.empty(), List.of(), false);
    // 50% of 4 is 2 customers, but c02 pays nothing: the zero rule holds the tier at 1.
    assertThat(sweep.rows().get(9).customers()).isEqualTo(1);
  }

  /** --by customers 20,50: tiers [0,2), [2,5), [5,10). */
  private static Segmentation twentyFifty() {
    return TierCutter.cut(
        curve(), new CutRule.ByCustomers(List.of(dec("20"), dec("50"))), Tier.defaultLabels(3));
  }

  @Test
  void budgetShrinksEachStaffedTierToACleanBoundaryAndTheNextTakesTheRest() {
    // Accounts per CSM 1 and 2, one CSM each. Tier 1 (c01, c02) needs 2; one CSM covers one
    // account: it ends after c01. Tier 2 starts at c02 and may hold 2 accounts (c02, c03), but
    // c03 is tied with c04 at 500: the clean boundary at or before is after c02. Tier 3 keeps
    // its own cut's end (10) and takes c03..c05 too.
    BudgetFitter.Fitted fitted =
        BudgetFitter.fit(twentyFifty(), Optional.empty(), List.of(1, 2), List.of(1, 1));
    assertThat(fitted.segmentation().tiers())
        .extracting(t -> t.start() + "-" + t.end())
        .containsExactly("0-1", "1-2", "2-10");
    Budget b = fitted.budget();
    assertThat(b.tiers()).hasSize(2);
    Budget.TierFit t1 = b.tiers().get(0);
    assertThat(t1.asked().end()).isEqualTo(2);
    assertThat(t1.asked().pctCustomers()).isEqualByComparingTo("20");
    assertThat(t1.asked().floor())
        .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("800"));
    assertThat(t1.fits().end()).isEqualTo(1);
    assertThat(t1.fits().floor())
        .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1000"));
    // Before: 2 accounts / 1 → 2 and 3 accounts / 2 → 2; after: 1 and 1.
    assertThat(b.tiers()).extracting(Budget.TierFit::csmsBefore).containsExactly(2, 2);
    assertThat(b.tiers()).extracting(Budget.TierFit::csmsAfter).containsExactly(1, 1);
    // c02 moved to tier 2, still staffed; c03, c04, c05 (1200 of 3200) have no CSM now, all from
    // tier 2's cut.
    assertThat(t1.uncoveredMrr()).isEqualByComparingTo("0");
    assertThat(b.tiers().get(1).uncoveredMrr()).isEqualByComparingTo("1200");
    assertThat(b.uncoveredPct()).isEqualTo(dec("37.5000"));
  }

  @Test
  void budgetByBookReachesTheLimitExactlyAndZeroEmptiesTheTier() {
    // Book 12000 ARR, --book alone staffs tiers 1 and 2. One CSM for tier 1: c01's ARR is 12000,
    // exactly the limit; c02 would make 21600. Zero CSMs for tier 2: it is empty, and tier 3
    // starts after c01.
    BudgetFitter.Fitted fitted =
        BudgetFitter.fit(twentyFifty(), Optional.of(dec("12000")), List.of(), List.of(1, 0));
    assertThat(fitted.segmentation().tiers())
        .extracting(t -> t.start() + "-" + t.end())
        .containsExactly("0-1", "1-1", "1-10");
    assertThat(fitted.budget().tiers().get(1).fits().floor()).isEmpty();
    // c02..c05 (800 + 500 + 500 + 200) had a staffed tier under the cuts and have none now.
    assertThat(fitted.budget().uncoveredMrr()).isEqualByComparingTo("2000");
  }

  @Test
  void aBudgetThatCoversTheCutChangesNothing() {
    Segmentation asked = twentyFifty();
    BudgetFitter.Fitted fitted =
        BudgetFitter.fit(asked, Optional.empty(), List.of(1, 2), List.of(5));
    assertThat(fitted.segmentation().tiers()).isEqualTo(asked.tiers());
    assertThat(fitted.segmentation().nominalEnds()).isEqualTo(asked.nominalEnds());
    // Tier 2 is staffed but given no number: shown, not fitted.
    assertThat(fitted.budget().tiers().get(1).budget()).isEmpty();
    assertThat(fitted.budget().uncoveredMrr()).isEqualByComparingTo("0");
  }
}

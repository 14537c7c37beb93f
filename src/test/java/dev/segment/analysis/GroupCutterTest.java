package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.Groups;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-worked case of tiers within groups. EU: e1 900, e2 300, e3 100, e4 0 (1300); US: u1 1000,
 * u2 800, u3 800, u4 200, u5 100, u6 50 (2950). Cut by customers at 25% and 50%.
 */
class GroupCutterTest {
  private static final CutRule RULE =
      new CutRule.ByCustomers(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(50)));

  @Test
  void eachGroupIsRankedAndCutOnItsOwnAndTheAllBlockSumsEachLabel() {
    Customers customers =
        TestCustomers.ofPairs(
            "e1=900", "u1=1000", "e2=300", "u2=800", "u3=800", "e3=100", "u4=200", "e4=0", "u5=100",
            "u6=50");
    ParetoCurve curve = CurveBuilder.build(customers, false).curve();
    // Groups by customer index (input order): 0 = EU, 1 = US.
    int[] groupOf = new int[customers.size()];
    for (int c = 0; c < customers.size(); c++) {
      groupOf[c] = customers.id(c).startsWith("u") ? 1 : 0;
    }
    Groups groups =
        GroupCutter.cut(curve, groupOf, List.of("EU", "US"), RULE, Tier.defaultLabels(3));
    // US holds more MRR, so it comes first.
    assertThat(groups.groups()).extracting(Groups.Group::name).containsExactly("US", "EU");
    Groups.Group us = groups.groups().get(0);
    // US, N = 6: 25% → ceil(1.5) = 2 ranks (u1, u2), and u3 ties u2 at 800: Tier 1 = 3. 50% → 3,
    // already reached: Tier 2 is empty. Tier 3 = u4, u5, u6.
    assertThat(TestCustomers.sizes(us.segmentation())).containsExactly(3, 0, 3);
    assertThat(TestCustomers.ids(us.segmentation().curve()))
        .containsExactly("u1", "u2", "u3", "u4", "u5", "u6");
    // EU, N = 4: 25% → 1 (e1); 50% → 2 (e2); Tier 3 = e3 and e4 (zero MRR).
    Groups.Group eu = groups.groups().get(1);
    assertThat(TestCustomers.sizes(eu.segmentation())).containsExactly(1, 1, 2);
    assertThat(eu.mrr()).isEqualByComparingTo("1300");
    // 1300 / 4250 = 30.5882%.
    assertThat(eu.pctMrr()).isEqualTo(new BigDecimal("30.5882"));
    // Shares within a group are of that group: EU's Tier 1 is 900 / 1300.
    assertThat(eu.tiers().get(0).pctMrr()).isEqualTo(new BigDecimal("69.2308"));

    List<TierStats> all = groups.all();
    // Tier 1: u1, u2, u3, e1 = 3500; Tier 2: e2 = 300; Tier 3: u4, u5, u6, e3, e4 = 450.
    assertThat(all).extracting(TierStats::customers).containsExactly(4, 1, 5);
    assertThat(all.get(0).mrr()).isEqualByComparingTo("3500");
    assertThat(all.get(2).mrr()).isEqualByComparingTo("450");
    // Shares of the whole base (10 customers, 4250).
    assertThat(all.get(0).pctCustomers()).isEqualTo(new BigDecimal("40.0000"));
    assertThat(all.get(0).pctMrr()).isEqualTo(new BigDecimal("82.3529"));
    assertThat(all.get(2).cumPctMrr()).isEqualTo(new BigDecimal("100.0000"));
    // Tier 1 holds 1000, 900, 800, 800: floor 800, max 1000, median (900 + 800) / 2 = 850.
    TierStats.Amounts t1 = all.get(0).amounts().orElseThrow();
    assertThat(t1.floor()).isEqualByComparingTo("800");
    assertThat(t1.max()).isEqualByComparingTo("1000");
    assertThat(t1.median()).isEqualByComparingTo("850");
    assertThat(t1.mean()).isEqualByComparingTo("875");
    // Tier 3 holds 200, 100, 100, 50, 0: median 100, floor 0.
    TierStats.Amounts t3 = all.get(2).amounts().orElseThrow();
    assertThat(t3.median()).isEqualByComparingTo("100");
    assertThat(t3.floor()).isEqualByComparingTo("0");
  }

  @Test
  void eachTiersLargestCustomersAreThoseItsGroupsPutInItRankedWithinTheirGroup() {
    Groups groups = cut(RULE);
    // Tier 1 holds u1 1000, e1 900, u2 800, u3 800 (not the whole base's top 25%): the three
    // largest, ties by id, each with its rank in its own group and its share of all 4250.
    List<TierLeaders.Leader> top = TierLeaders.of(groups, new BigDecimal("4250"), 3).get(0);
    assertThat(top).extracting(TierLeaders.Leader::id).containsExactly("u1", "e1", "u2");
    assertThat(top).extracting(TierLeaders.Leader::group).containsExactly("US", "EU", "US");
    assertThat(top).extracting(TierLeaders.Leader::rank).containsExactly(1, 1, 2);
    assertThat(top.get(0).pctMrr()).isEqualTo(new BigDecimal("23.5294"));
    // Tier 2 is empty in US and holds e2 in EU.
    assertThat(TierLeaders.of(groups, new BigDecimal("4250"), 10).get(1))
        .extracting(TierLeaders.Leader::id)
        .containsExactly("e2");
  }

  private static Groups cut(CutRule rule) {
    Customers customers =
        TestCustomers.ofPairs(
            "e1=900", "u1=1000", "e2=300", "u2=800", "u3=800", "e3=100", "u4=200", "e4=0", "u5=100",
            "u6=50");
    ParetoCurve curve = CurveBuilder.build(customers, false).curve();
    int[] groupOf = new int[customers.size()];
    for (int c = 0; c < customers.size(); c++) {
      groupOf[c] = customers.id(c).startsWith("u") ? 1 : 0;
    }
    return GroupCutter.cut(curve, groupOf, List.of("EU", "US"), rule, Tier.defaultLabels(3));
  }

  @Test
  void byRevenueEachGroupReachesItsOwnShares() {
    Groups groups =
        cut(new CutRule.ByRevenue(List.of(BigDecimal.valueOf(45), BigDecimal.valueOf(75))));
    // US (2950): u1 1000 is 33.9%, u2 brings 61.0% ≥ 45%, and u3 ties u2: Tier 1 = 3 (88.1%,
    // past 75% too, so Tier 2 is empty); Tier 3 = u4, u5, u6.
    assertThat(TestCustomers.sizes(groups.groups().get(0).segmentation())).containsExactly(3, 0, 3);
    // EU (1300): e1 900 is 69.2% ≥ 45%; e2 brings 92.3% ≥ 75%; Tier 3 = e3, e4.
    assertThat(TestCustomers.sizes(groups.groups().get(1).segmentation())).containsExactly(1, 1, 2);
    assertThat(groups.all()).extracting(TierStats::customers).containsExactly(4, 1, 5);
  }

  @Test
  void byMrrTheSameFloorsCutEachGroup() {
    Groups groups =
        cut(new CutRule.ByMrr(List.of(BigDecimal.valueOf(800), BigDecimal.valueOf(200))));
    // US: 1000, 800, 800 ≥ 800; 200 ≥ 200; 100, 50 below. EU: 900; 300; 100, 0.
    assertThat(TestCustomers.sizes(groups.groups().get(0).segmentation())).containsExactly(3, 1, 2);
    assertThat(TestCustomers.sizes(groups.groups().get(1).segmentation())).containsExactly(1, 1, 2);
    assertThat(groups.all()).extracting(TierStats::customers).containsExactly(4, 2, 4);
    // Tier 2 holds u4 200 and e2 300: floor 200, max 300, mean and median 250.
    TierStats.Amounts t2 = groups.all().get(1).amounts().orElseThrow();
    assertThat(t2.floor()).isEqualByComparingTo("200");
    assertThat(t2.max()).isEqualByComparingTo("300");
    assertThat(t2.median()).isEqualByComparingTo("250");
  }

  @Test
  void byAutoEachGroupFindsItsOwnCuts() {
    Groups groups = cut(new CutRule.Auto());
    // Each group's cuts are those of a base holding only that group's customers.
    Customers us =
        TestCustomers.ofPairs("u1=1000", "u2=800", "u3=800", "u4=200", "u5=100", "u6=50");
    Customers eu = TestCustomers.ofPairs("e1=900", "e2=300", "e3=100", "e4=0");
    List<Customers> alone = List.of(us, eu);
    for (int i = 0; i < 2; i++) {
      Groups.Group g = groups.groups().get(i);
      assertThat(g.segmentation().auto()).isPresent();
      ParetoCurve own = CurveBuilder.build(alone.get(i), false).curve();
      assertThat(TestCustomers.sizes(g.segmentation()))
          .isEqualTo(
              TestCustomers.sizes(TierCutter.cut(own, new CutRule.Auto(), Tier.defaultLabels(3))));
    }
    assertThat(groups.all().stream().mapToInt(TierStats::customers).sum()).isEqualTo(10);
  }
}

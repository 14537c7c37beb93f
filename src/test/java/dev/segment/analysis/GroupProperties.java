package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.Groups;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Tiers within groups against the ungrouped cut: one group gives the ungrouped tiers exactly, and
 * with any grouping the all block's customers and MRR are the whole base's.
 */
class GroupProperties {
  @Provide
  Arbitrary<List<String>> amounts() {
    return Arbitraries.of("0", "7", "20", "20", "100", "100.5", "250", "999", "1000", "4000.25")
        .list()
        .ofMinSize(1)
        .ofMaxSize(50);
  }

  private static CutRule rule(int basis) {
    return switch (basis) {
      case 0 -> new CutRule.ByCustomers(List.of(BigDecimal.TEN, BigDecimal.valueOf(30)));
      case 1 -> new CutRule.ByRevenue(List.of(BigDecimal.valueOf(45), BigDecimal.valueOf(75)));
      case 2 -> new CutRule.ByMrr(List.of(BigDecimal.valueOf(900), BigDecimal.valueOf(100)));
      default -> new CutRule.Auto();
    };
  }

  @Property(tries = 200, seed = "25")
  void oneGroupGivesTheUngroupedTiersExactly(
      @ForAll("amounts") List<String> amounts, @ForAll @IntRange(min = 0, max = 3) int basis) {
    Customers customers = TestCustomers.of(amounts.toArray(String[]::new));
    ParetoCurve curve = CurveBuilder.build(customers, false).curve();
    List<String> labels = Tier.defaultLabels(3);
    Segmentation whole = TierCutter.cut(curve, rule(basis), labels);
    Groups groups =
        GroupCutter.cut(curve, new int[customers.size()], List.of("EU"), rule(basis), labels);
    assertThat(groups.groups()).hasSize(1);
    Groups.Group only = groups.groups().get(0);
    assertThat(only.segmentation().tiers()).isEqualTo(whole.tiers());
    assertThat(TestCustomers.ids(only.segmentation().curve())).isEqualTo(TestCustomers.ids(curve));
    assertThat(only.tiers()).isEqualTo(TierStatistics.of(whole));
    assertThat(groups.all()).isEqualTo(TierStatistics.of(whole));
  }

  @Property(tries = 200, seed = "25")
  void theAllBlockHoldsTheWholeBase(
      @ForAll("amounts") List<String> amounts,
      @ForAll @IntRange(min = 0, max = 3) int basis,
      @ForAll @IntRange(min = 1, max = 5) int groupCount) {
    Customers customers = TestCustomers.of(amounts.toArray(String[]::new));
    ParetoCurve curve = CurveBuilder.build(customers, false).curve();
    int[] groupOf = new int[customers.size()];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < groupCount; i++) {
      names.add("g" + i);
    }
    for (int c = 0; c < groupOf.length; c++) {
      groupOf[c] = (c * 7 + 3) % groupCount;
    }
    Groups groups = GroupCutter.cut(curve, groupOf, names, rule(basis), Tier.defaultLabels(3));
    BigDecimal mrr = BigDecimal.ZERO;
    int count = 0;
    for (TierStats t : groups.all()) {
      mrr = mrr.add(t.mrr());
      count += t.customers();
    }
    assertThat(mrr).isEqualByComparingTo(curve.total());
    assertThat(count).isEqualTo(curve.size());
    BigDecimal groupMrr = BigDecimal.ZERO;
    for (int i = 0; i < groups.groups().size(); i++) {
      Groups.Group g = groups.groups().get(i);
      groupMrr = groupMrr.add(g.mrr());
      if (i > 0) {
        // Descending group MRR, ties by name.
        Groups.Group before = groups.groups().get(i - 1);
        int order = before.mrr().compareTo(g.mrr());
        assertThat(order > 0 || (order == 0 && before.name().compareTo(g.name()) < 0)).isTrue();
      }
    }
    assertThat(groupMrr).isEqualByComparingTo(curve.total());
  }
}

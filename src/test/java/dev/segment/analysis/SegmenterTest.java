package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.InputSummary;
import dev.segment.model.Pin;
import dev.segment.model.SegmentPlan;
import dev.segment.model.SegmentReport;
import dev.segment.model.SkippedRows;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static final String[] NONE = new String[0];

  private static Customers customers() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    long[] mrr = {1000, 500, 500, 300, 200, 100, 50, 0, -20};
    for (int i = 0; i < mrr.length; i++) {
      b.add("c" + i, "", mrr[i], 0, NONE);
    }
    return b.build();
  }

  private static InputSummary input(int customers) {
    return new InputSummary(
        "t.csv",
        customers,
        customers,
        new SkippedRows(List.of()),
        0,
        0,
        customers,
        "",
        "id",
        "mrr",
        AmountKind.MRR,
        "",
        ',');
  }

  @Test
  void cutsOnlyRanksCutsAndCountsLikeTheStepsItJoins() {
    Customers c = customers();
    SegmentPlan plan =
        SegmentPlan.cutsOnly(
            new CutRule.ByCustomers(List.of(new BigDecimal("10"), new BigDecimal("30"))),
            Tier.defaultLabels(3),
            false);
    Segmenter.Ranked ranked = Segmenter.rank(c, plan);
    // N = 8 (c8 is negative): tier 1 ends at ceil(0.8) = 1, tier 2 at ceil(2.4) = 3.
    assertThat(ranked.curve().curve().size()).isEqualTo(8);
    SegmentReport r = Segmenter.report(ranked, input(9), plan);
    assertThat(r.segmentation().tiers()).extracting(Tier::size).containsExactly(1, 2, 5);
    assertThat(r.tiers().get(1).mrr()).isEqualByComparingTo("1000");
    assertThat(r.exclusions().negativeCustomers()).isEqualTo(1);
    assertThat(r.staffing()).isEmpty();
    assertThat(r.movements()).isEmpty();
  }

  @Test
  void aPinnedCustomerLeavesTheCurveAndCountsInItsTier() {
    Customers c = customers();
    SegmentPlan plan =
        new SegmentPlan(
            new SegmentPlan.Options(
                new CutRule.ByCustomers(List.of(new BigDecimal("50"))),
                Tier.defaultLabels(2),
                false,
                Optional.of(new BigDecimal("12000")),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Path.of("p.csv"))),
            Optional.of(new SegmentPlan.PinList("p.csv", List.of(new Pin("c6", "1", 2)))),
            Optional.empty());
    Segmenter.Ranked ranked = Segmenter.rank(c, plan);
    assertThat(ranked.curve().curve().size()).isEqualTo(7);
    SegmentReport r = Segmenter.report(ranked, input(9), plan);
    // Curve of 7: tier 1 ends at ceil(3.5) = 4 (1000, 500, 500, 300); c6 (50) pinned into it.
    assertThat(r.tiers().get(0).customers()).isEqualTo(5);
    assertThat(r.tiers().get(0).mrr()).isEqualByComparingTo("2350");
    assertThat(r.staffing()).isPresent();
  }
}

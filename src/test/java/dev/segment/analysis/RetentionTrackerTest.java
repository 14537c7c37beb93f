package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.InputSummary;
import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.Pin;
import dev.segment.model.PreviousTiers;
import dev.segment.model.Retention;
import dev.segment.model.SegmentPlan;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.SkippedRows;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-checked retention per earlier tier (SPEC "Retention per tier"). */
class RetentionTrackerTest {
  private static final List<String> LABELS = Tier.defaultLabels(3);
  private static final CutRule ESSAY =
      new CutRule.ByCustomers(List.of(BigDecimal.TEN, BigDecimal.valueOf(30)));

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static PreviousTiers.Entry was(String mrr, int label) {
    return new PreviousTiers.Entry("", dec(mrr), label);
  }

  /** The row's figures, in retention.csv's column order, as plain strings ("" for empty). */
  private static List<String> figures(Retention.Row r) {
    return List.of(
        r.label(),
        Integer.toString(r.customersStart()),
        r.mrrStart().toPlainString(),
        r.expansion().toPlainString(),
        r.contraction().toPlainString(),
        Integer.toString(r.churnedCustomers()),
        r.churnedMrr().toPlainString(),
        r.mrrEnd().toPlainString(),
        r.grrPct().map(BigDecimal::toPlainString).orElse(""),
        r.nrrPct().map(BigDecimal::toPlainString).orElse(""));
  }

  @Test
  void cohortsByEarlierTierWithExpansionContractionAndChurn() {
    // Now: a expands, b contracts, c contracts to 0, d is excluded (negative), e is unchanged,
    // f is new, g is gone, h expands, y rises from 0, z stays at 0.
    Customers now =
        TestCustomers.ofPairs(
            "a=1200", "b=700", "c=0", "d=-50", "e=350", "f=100", "h=60", "y=30", "z=0");
    Segmentation s = TierCutter.cut(CurveBuilder.build(now, false).curve(), ESSAY, LABELS);
    PreviousTiers previous =
        new PreviousTiers(
            "old.csv",
            // "Free" is no label of this run: it takes the first free position, past the last.
            List.of("Tier 2", "Tier 1", "Free", "Tier 3"),
            Map.of(
                "a", was("1000", 1),
                "b", was("900.50", 1),
                "c", was("400", 0),
                "d", was("300", 0),
                "e", was("350", 0),
                "g", was("80", 3),
                "h", was("50", 3),
                "y", was("0", 2),
                "z", was("0", 2)));
    List<Movements.LabelPosition> positions = MovementTracker.positions(previous, LABELS);
    Retention r = RetentionTracker.compare(s, Overrides.none(), positions, previous);

    assertThat(r.tiers()).extracting(Retention.Row::position).containsExactly(0, 1, 2, 3);
    // Tier 1: start 1000 + 900.50; a +200, b −200.50. GRR 1700 / 1900.50, NRR 1900 / 1900.50.
    assertThat(figures(r.tiers().get(0)))
        .containsExactly(
            "Tier 1", "2", "1900.50", "200", "200.50", "0", "0.00", "1900", "89.4501", "99.9737");
    // Tier 2: c (now 0) and d (excluded) churn with 400 + 300; e stays. 350 / 1050 both ways.
    assertThat(figures(r.tiers().get(1)))
        .containsExactly("Tier 2", "3", "1050", "0", "0", "2", "700", "350", "33.3333", "33.3333");
    // Tier 3: g gone (80), h 50 → 60. GRR 50 / 130, NRR 60 / 130.
    assertThat(figures(r.tiers().get(2)))
        .containsExactly("Tier 3", "2", "130", "10", "0", "1", "80", "60", "38.4615", "46.1538");
    // Free: a start of 0, so no percentages; y's 30 is expansion, z at 0 is churned.
    assertThat(figures(r.tiers().get(3)))
        .containsExactly("Free", "2", "0", "30", "0", "1", "0", "30", "", "");
    // All: start 3080.50, contraction 200.50, churned 780 → GRR 2100 / 3080.50; NRR 2340 / 3080.50.
    assertThat(figures(r.all()))
        .containsExactly(
            "all", "9", "3080.50", "240", "200.50", "4", "780.00", "2340", "68.1708", "75.9617");
    assertThat(r.all().retainedCustomers()).isEqualTo(5);
    assertThat(r.newCustomers()).isEqualTo(1);
    assertThat(r.newMrr()).isEqualByComparingTo("100");
  }

  @Test
  void anEarlierTierWithNoCustomerHasNoRow() {
    Segmentation s =
        TierCutter.cut(CurveBuilder.build(TestCustomers.of("10"), false).curve(), ESSAY, LABELS);
    PreviousTiers previous =
        new PreviousTiers(
            "old.csv", List.of("Tier 1", "Tier 2"), Map.of("c01", was("10", 1), "x", was("5", 1)));
    Retention r =
        RetentionTracker.compare(
            s, Overrides.none(), MovementTracker.positions(previous, LABELS), previous);
    assertThat(r.tiers()).extracting(Retention.Row::label).containsExactly("Tier 2");
    assertThat(figures(r.all()))
        .containsExactly("all", "2", "15", "0", "0", "1", "5", "10", "66.6667", "66.6667");
    assertThat(r.newCustomers()).isZero();
  }

  @Test
  void pinnedAndGraceKeptCustomersAreRetainedWhateverTheirTier() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    long[] mrr = {1000, 500, 500, 300, 200, 100, 50, 0, -20};
    for (int i = 0; i < mrr.length; i++) {
      b.add("c" + i, "", mrr[i], 0, new String[0]);
    }
    Customers customers = b.build();
    PreviousTiers previous =
        new PreviousTiers(
            "old.csv",
            List.of("Tier 2", "Tier 1"),
            Map.of(
                "c6", was("60", 1),
                "c4", was("250", 1),
                "c0", was("900", 0),
                "c7", was("10", 0),
                "c8", was("5", 0),
                "gone", was("40", 0)));
    SegmentPlan plan =
        new SegmentPlan(
            new SegmentPlan.Options(
                new CutRule.ByCustomers(List.of(new BigDecimal("50"))),
                Tier.defaultLabels(2),
                false,
                Optional.empty(),
                List.of(),
                Optional.of(Path.of("old.csv")),
                Optional.of(new BigDecimal("40")),
                Optional.of(Path.of("p.csv"))),
            Optional.of(new SegmentPlan.PinList("p.csv", List.of(new Pin("c6", "1", 2)))),
            Optional.of(previous));
    SegmentReport report = Segmenter.report(Segmenter.rank(customers, plan), input(), plan);
    // Curve c0, c1, c2, c3 | c4, c5, c7 (floor 300): c4 (200) fell from Tier 1 but is within 40%
    // of 300, so grace keeps it; c6 is pinned off the curve.
    assertThat(report.overrides().graceKept()).isEqualTo(1);
    Retention r = report.retention().orElseThrow();
    // Tier 1: c6 60 → 50 (pinned), c4 250 → 200 (grace): contraction 60. 250 / 310.
    assertThat(figures(r.tiers().get(0)))
        .containsExactly("Tier 1", "2", "310", "0", "60", "0", "0", "250", "80.6452", "80.6452");
    // Tier 2: c0 900 → 1000; c7 (now 0), c8 (excluded) and gone churn with 10 + 5 + 40.
    assertThat(figures(r.tiers().get(1)))
        .containsExactly(
            "Tier 2", "4", "955", "100", "0", "3", "55", "1000", "94.2408", "104.7120");
    assertThat(figures(r.all()))
        .containsExactly("all", "6", "1265", "100", "60", "3", "55", "1250", "90.9091", "98.8142");
    // c1, c2, c3, c5 are new: 500 + 500 + 300 + 100.
    assertThat(r.newCustomers()).isEqualTo(4);
    assertThat(r.newMrr()).isEqualByComparingTo("1400");
    assertThat(report.movements().orElseThrow().added().customers()).isEqualTo(r.newCustomers());
  }

  private static InputSummary input() {
    return new InputSummary(
        "t.csv",
        9,
        9,
        new SkippedRows(List.of()),
        0,
        0,
        9,
        "",
        "id",
        "mrr",
        AmountKind.MRR,
        "",
        ',');
  }
}

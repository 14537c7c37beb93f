package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.AutoCuts;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.Exclusions;
import dev.segment.model.InputSummary;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.SkippedRows;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalReportTest {
  private static final List<Path> WRITTEN =
      List.of(Path.of("segment-out", "segments.csv"), Path.of("segment-out", "tiers.csv"));

  private static String report(SegmentReport r, List<Path> written) throws IOException {
    StringBuilder out = new StringBuilder();
    TerminalReport.write(r, written, out);
    return out.toString();
  }

  @Test
  void showsHowTheInputWasRead() throws IOException {
    String text = report(Fixtures.byMrrReport(), WRITTEN);
    assertThat(text)
        .startsWith("Input      customers.csv\n")
        .contains(
            "columns: id \"Customer ID\", MRR \"Current MRR\", name \"Company\"; kept: plan, mrr\n",
            "delimiter comma, currency USD\n",
            "Rows       9 read: 8 used, 1 skipped; 1 merged into a customer's earlier row\n",
            "2 footer lines and 1 blank line left out (not rows)\n",
            "Customers  7: 6 on the curve; excluded 1 with negative MRR (-$12.50 in total)\n",
            "Skipped rows\n  1 non-numeric MRR: line 5\n");
  }

  @Test
  void showsTotalsRuleTierTableAndConcentration() throws IOException {
    String text = report(Fixtures.byMrrReport(), WRITTEN);
    assertThat(text)
        .contains(
            "Total MRR  $1,050.75 a month, from 6 customers on the curve\n",
            "Total ARR  $12,609.00\n",
            "Rule       by mrr, MRR floors $400.00, $350.00, $100.00\n",
            "                High-touch   Hybrid  Tech-touch  Automated\n",
            "Customers                1        0           3          2\n",
            "% of customers       16.7%     0.0%       50.0%      33.3%\n",
            "  cumulative         47.6%    47.6%       95.2%     100.0%\n",
            "MRR floor          $500.00  (empty)     $100.00      $0.00\n",
            "MRR mean           $500.00  (empty)     $166.83     $25.12\n",
            "MRR median         $500.00  (empty)     $100.00     $25.12\n",
            "Hybrid is empty: no customer falls within its cuts.\n",
            "  Gini coefficient               0.5156",
            "  MRR held by the top 20%         76.2% of MRR\n",
            "  80% of MRR is held by           50.0% of customers\n")
        .doesNotContain("Auto cuts")
        .endsWith("Files written\n  segment-out/segments.csv\n  segment-out/tiers.csv\n");
  }

  @Test
  void explainsAutoCutsAndTheFlagsThatFreezeThem() throws IOException {
    String text = report(Fixtures.autoReport(), WRITTEN);
    String flat = text.replaceAll("\n +", " ");
    assertThat(text).contains("Rule       by auto (computed ABC analysis)\n");
    assertThat(flat)
        .contains(
            "Tier 1 ends at the Pareto point: 33.3% of customers, 76.2% of MRR, the point nearest"
                + " 100% of MRR for 0% of customers. The break-even point (the last customer whose"
                + " MRR is at least the mean MRR, $175.12) falls on the same customer.",
            "Tier 2 ends at the submarginal point: 50.0% of customers, 85.7% of MRR, the point"
                + " nearest 100% of MRR for 33.3% of customers, where the break-even point fell."
                + " But the tier ends at 66.7% of customers and 95.2% of MRR: customers tied at"
                + " its lowest MRR join it.",
            "To freeze these tiers (in a cron job, say): --by mrr --cuts 300.5,100");
  }

  @Test
  void explainsABreakEvenPointThatComesFirst() throws IOException {
    SegmentReport r = threeCustomerAuto(2, 1, 2, false, "");
    String flat = report(r, WRITTEN).replaceAll("\n +", " ");
    assertThat(flat)
        .contains(
            "Tier 1 ends at the break-even point: 33.3% of customers, 60.0% of MRR, the last"
                + " customer whose MRR is at least the mean MRR, $33.33. The Pareto point (the"
                + " point nearest 100% of MRR for 0% of customers) comes later, at 66.7% of"
                + " customers.",
            "Tier 2 ends at the submarginal point: 66.7% of customers, 90.0% of MRR, the point"
                + " nearest 100% of MRR for 66.7% of customers, where the Pareto point fell.",
            "--by mrr --cuts 60,30");
  }

  @Test
  void saysWhyADegenerateCurveHasNoCut() throws IOException {
    SegmentReport r = threeCustomerAuto(0, 0, 0, false, "all MRR equal");
    String text = report(r, List.of());
    assertThat(text)
        .contains("  No ABC cut on this curve: all MRR equal.\n")
        .doesNotContain("Pareto point")
        .endsWith("No files written.\n");
  }

  @Test
  void fitsAHundredColumnsWithManyTiers() throws IOException {
    SegmentReport r = Fixtures.byMrrReport();
    List<TierStats> many = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      many.addAll(r.tiers());
    }
    String text =
        report(
            new SegmentReport(r.input(), r.exclusions(), r.segmentation(), many, r.concentration()),
            WRITTEN);
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(text.lines().filter(l -> l.startsWith("MRR floor"))).hasSizeGreaterThan(1);
    assertThat(report(Fixtures.autoReport(), WRITTEN).lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void describesStandardInputAnnualAmountsAndUnknownCurrency() throws IOException {
    SegmentReport base = Fixtures.byMrrReport();
    InputSummary in =
        new InputSummary(
            "-",
            6,
            6,
            new SkippedRows(List.of()),
            0,
            0,
            6,
            "",
            "id",
            "ARR",
            AmountKind.ARR,
            "",
            '\t');
    SegmentReport r =
        new SegmentReport(
            in,
            new Exclusions(0, BigDecimal.ZERO, 0),
            base.segmentation(),
            base.tiers(),
            base.concentration());
    String text = report(r, WRITTEN);
    assertThat(text)
        .startsWith("Input      standard input\n")
        .contains(
            "columns: id \"id\", ARR \"ARR\" (MRR = ARR / 12), name none",
            "delimiter tab, currency not named in the file\n",
            "Customers  6, all on the curve\n",
            "Total MRR  1,050.75 a month",
            "Rule       by mrr, MRR floors 400.00, 350.00, 100.00\n")
        .doesNotContain("Skipped rows");
  }

  @Test
  void aWorkbookIsNamedByItsSheetNotADelimiter() throws IOException {
    SegmentReport base = Fixtures.byMrrReport();
    SegmentReport r =
        new SegmentReport(
            base.input().withSheet("Q1\u0007 \"final\""),
            base.exclusions(),
            base.segmentation(),
            base.tiers(),
            base.concentration());
    assertThat(report(r, WRITTEN))
        .contains("           sheet \"Q1\\x07 \"final\"\", currency ")
        .doesNotContain("delimiter");
  }

  /** MRR 60, 30, 10: T = 100, mean 33.33; BE = 1 (only 60 ≥ mean), tiers 1/1/1. */
  private static SegmentReport threeCustomerAuto(
      int pareto, int breakEven, int submarginal, boolean paretoFirst, String degenerate) {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    b.add("a", "", 60, 0, new String[0]);
    b.add("b", "", 30, 0, new String[0]);
    b.add("c", "", 10, 0, new String[0]);
    ParetoCurve curve = new ParetoCurve(b.build(), new int[] {0, 1, 2});
    Segmentation s =
        new Segmentation(
            curve,
            new CutRule.Auto(),
            List.of(new Tier("Tier 1", 0, 1), new Tier("Tier 2", 1, 2), new Tier("Tier 3", 2, 3)),
            Optional.of(
                AutoCuts.on(curve, pareto, breakEven, submarginal, paretoFirst, degenerate)));
    List<TierStats> stats =
        List.of(
            tier("Tier 1", "33.3333", "60", "60.0000", "33.3333", "60.0000"),
            tier("Tier 2", "33.3333", "30", "30.0000", "66.6667", "90.0000"),
            tier("Tier 3", "33.3333", "10", "10.0000", "100.0000", "100.0000"));
    InputSummary in =
        new InputSummary(
            "in.csv",
            3,
            3,
            new SkippedRows(List.of()),
            0,
            0,
            3,
            "USD",
            "id",
            "mrr",
            AmountKind.MRR,
            "",
            ',');
    return new SegmentReport(
        in, new Exclusions(0, BigDecimal.ZERO, 0), s, stats, Fixtures.concentration());
  }

  private static TierStats tier(
      String label, String pct, String mrr, String pctMrr, String cumCustomers, String cumMrr) {
    BigDecimal m = new BigDecimal(mrr);
    return new TierStats(
        label,
        1,
        new BigDecimal(pct),
        m,
        new BigDecimal(pctMrr),
        new BigDecimal(cumCustomers),
        new BigDecimal(cumMrr),
        Optional.of(new TierStats.Amounts(m, m, m, m)));
  }
}

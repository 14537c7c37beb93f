package dev.segment.chart;

import dev.segment.analysis.CurveBuilder;
import dev.segment.analysis.Segmenter;
import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.InputSummary;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentPlan;
import dev.segment.model.SegmentReport;
import dev.segment.model.SkippedRows;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Reports for the chart's tests and demo, built through the core ({@link Segmenter}) from MRR
 * amounts, so they hold what a run gives: the cuts with the tie and zero rules, the tier rows and
 * the concentration figures.
 */
final class SampleReports {
  private SampleReports() {}

  /** Log-normal MRRs like the essay's 2,000 B2B customers, in cents, sorted descending. */
  static long[] logNormalCents(int n, long seed) {
    Random random = new Random(seed);
    long[] cents = new long[n];
    for (int i = 0; i < n; i++) {
      cents[i] = Math.round(Math.exp(random.nextGaussian() * 1.18 + 6.98) * 100);
    }
    return descending(cents);
  }

  static long[] descending(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
      long t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return sorted;
  }

  /**
   * The curve of these amounts (unscaled at {@code scale}), ranked by the core; ids follow the
   * order given, so equal amounts keep it.
   */
  static ParetoCurve curve(long[] unscaled, int scale) {
    CustomersBuilder builder = new CustomersBuilder(AmountKind.MRR, List.of());
    for (int i = 0; i < unscaled.length; i++) {
      builder.add(String.format("C%08d", i), "", unscaled[i], scale, null);
    }
    return CurveBuilder.build(builder.build(), false).curve();
  }

  /** The report of a run over the curve's customers with this rule and these tier names. */
  static SegmentReport report(
      ParetoCurve curve, CutRule rule, String currency, List<String> labels) {
    SegmentPlan plan = SegmentPlan.cutsOnly(rule, labels, false);
    Customers customers = curve.customers();
    int n = customers.size();
    InputSummary input =
        new InputSummary(
            "customers.csv",
            n,
            n,
            new SkippedRows(List.of()),
            0,
            0,
            n,
            currency,
            "customer_id",
            "mrr",
            AmountKind.MRR,
            "name",
            ',');
    return Segmenter.report(Segmenter.rank(customers, plan), input, plan);
  }

  static SegmentReport essay(int n, long seed) {
    return report(
        curve(logNormalCents(n, seed), 2), byCustomers(10, 30), "USD", Tier.defaultLabels(3));
  }

  static CutRule.ByCustomers byCustomers(int... percents) {
    List<BigDecimal> list = new ArrayList<>();
    for (int p : percents) {
      list.add(BigDecimal.valueOf(p));
    }
    return new CutRule.ByCustomers(list);
  }
}

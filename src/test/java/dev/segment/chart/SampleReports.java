package dev.segment.chart;

import dev.segment.model.AmountKind;
import dev.segment.model.Concentration;
import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.Exclusions;
import dev.segment.model.InputSummary;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.SkippedRows;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Reports built by hand for the chart's tests and demo (the analysis package is not this one's to
 * call): a curve from MRR amounts, tiers from given rank ends, and the tier rows computed exactly.
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

  /** The curve of these amounts (unscaled at {@code scale}, already descending). */
  static ParetoCurve curve(long[] unscaledDescending, int scale) {
    Customers.Builder builder = new Customers.Builder(AmountKind.MRR, List.of());
    int[] order = new int[unscaledDescending.length];
    for (int i = 0; i < unscaledDescending.length; i++) {
      builder.add("C" + i, "", unscaledDescending[i], scale, null);
      order[i] = i;
    }
    return new ParetoCurve(builder.build(), order);
  }

  /** Tier ends at ceil(p × N / 100) for each percentage, moved past ties: the default rule. */
  static int[] endsByCustomers(ParetoCurve curve, int... percents) {
    int n = curve.size();
    int[] ends = new int[percents.length + 1];
    int previous = 0;
    for (int k = 0; k < percents.length; k++) {
      int end = (int) Math.ceil(percents[k] * (double) n / 100);
      end = Math.max(end, previous);
      while (end > 0 && end < n && curve.unscaledMrr(end) == curve.unscaledMrr(end - 1)) {
        end++;
      }
      ends[k] = end;
      previous = end;
    }
    ends[percents.length] = n;
    return ends;
  }

  static SegmentReport report(
      ParetoCurve curve, CutRule rule, int[] ends, String currency, List<String> labels) {
    List<Tier> tiers = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < ends.length; k++) {
      tiers.add(new Tier(labels.get(k), start, ends[k]));
      start = ends[k];
    }
    Segmentation segmentation = new Segmentation(curve, rule, tiers, Optional.empty());
    int n = curve.size();
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
    return new SegmentReport(
        input,
        new Exclusions(0, BigDecimal.ZERO, 0),
        segmentation,
        stats(curve, tiers),
        concentration(curve));
  }

  static SegmentReport essay(int n, long seed) {
    ParetoCurve curve = curve(logNormalCents(n, seed), 2);
    return report(
        curve, byCustomers(10, 30), endsByCustomers(curve, 10, 30), "USD", Tier.defaultLabels(3));
  }

  static CutRule.ByCustomers byCustomers(int... percents) {
    List<BigDecimal> list = new ArrayList<>();
    for (int p : percents) {
      list.add(BigDecimal.valueOf(p));
    }
    return new CutRule.ByCustomers(list);
  }

  static List<TierStats> stats(ParetoCurve curve, List<Tier> tiers) {
    BigDecimal n = BigDecimal.valueOf(curve.size());
    BigDecimal total = curve.total();
    List<TierStats> rows = new ArrayList<>();
    BigDecimal cumulativeMrr = BigDecimal.ZERO;
    int cumulativeCustomers = 0;
    for (Tier t : tiers) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int r = t.start(); r < t.end(); r++) {
        sum = sum.add(curve.mrr(r));
      }
      cumulativeMrr = cumulativeMrr.add(sum);
      cumulativeCustomers += t.size();
      Optional<TierStats.Amounts> amounts = Optional.empty();
      if (!t.isEmpty()) {
        int mid = t.start() + t.size() / 2;
        BigDecimal median =
            t.size() % 2 == 1
                ? curve.mrr(mid)
                : curve.mrr(mid - 1).add(curve.mrr(mid)).divide(BigDecimal.valueOf(2));
        amounts =
            Optional.of(
                new TierStats.Amounts(
                    curve.mrr(t.end() - 1),
                    curve.mrr(t.start()),
                    sum.divide(BigDecimal.valueOf(t.size()), 4, RoundingMode.HALF_EVEN),
                    median));
      }
      rows.add(
          new TierStats(
              t.label(),
              t.size(),
              pct(BigDecimal.valueOf(t.size()), n),
              sum,
              pct(sum, total),
              pct(BigDecimal.valueOf(cumulativeCustomers), n),
              pct(cumulativeMrr, total),
              amounts));
    }
    return rows;
  }

  private static Concentration concentration(ParetoCurve curve) {
    int n = curve.size();
    BigDecimal total = curve.total();
    BigDecimal meanAbsDiffTimesN2 = BigDecimal.ZERO;
    // Sum over pairs |x_i - x_j| from the sorted order: Σ (2i - n + 1) x_(i), ascending i.
    for (int i = 0; i < n; i++) {
      int ascending = n - 1 - i;
      meanAbsDiffTimesN2 =
          meanAbsDiffTimesN2.add(curve.mrr(i).multiply(BigDecimal.valueOf(2L * ascending - n + 1)));
    }
    BigDecimal gini =
        total.signum() == 0 || n == 0
            ? BigDecimal.ZERO.setScale(4)
            : meanAbsDiffTimesN2.divide(
                total.multiply(BigDecimal.valueOf(n)), 4, RoundingMode.HALF_EVEN);
    return new Concentration(
        gini,
        top(curve, 1),
        top(curve, 10),
        top(curve, 20),
        holding(curve, 50),
        holding(curve, 80));
  }

  private static BigDecimal top(ParetoCurve curve, int percent) {
    int k = (int) Math.ceil(percent * (double) curve.size() / 100);
    return k == 0 ? BigDecimal.ZERO.setScale(4) : pct(curve.cumulative(k - 1), curve.total());
  }

  private static BigDecimal holding(ParetoCurve curve, int percent) {
    BigDecimal target = curve.total().multiply(BigDecimal.valueOf(percent));
    for (int i = 0; i < curve.size(); i++) {
      if (curve.cumulative(i).multiply(BigDecimal.valueOf(100)).compareTo(target) >= 0) {
        return pct(BigDecimal.valueOf(i + 1), BigDecimal.valueOf(curve.size()));
      }
    }
    return BigDecimal.ZERO.setScale(4);
  }

  private static BigDecimal pct(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO.setScale(4)
        : part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_EVEN);
  }
}

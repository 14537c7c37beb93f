package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The tier summary rows of a segmentation: counts, exact MRR sums, shares and MRR statistics. */
public final class TierStatistics {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private TierStatistics() {}

  public static List<TierStats> of(Segmentation s) {
    ParetoCurve curve = s.curve();
    BigDecimal customers = BigDecimal.valueOf(curve.size());
    BigDecimal total = curve.total();
    List<TierStats> rows = new ArrayList<>(s.tiers().size());
    for (Tier tier : s.tiers()) {
      BigDecimal mrr = cumulative(curve, tier.end()).subtract(cumulative(curve, tier.start()));
      rows.add(
          new TierStats(
              tier.label(),
              tier.size(),
              Amounts.percent(BigDecimal.valueOf(tier.size()), customers),
              mrr,
              Amounts.percent(mrr, total),
              // Cumulative shares come from the cumulative counts and sums, so the last tier says
              // 100 exactly instead of the sum of rounded shares.
              Amounts.percent(BigDecimal.valueOf(tier.end()), customers),
              Amounts.percent(cumulative(curve, tier.end()), total),
              tier.isEmpty() ? Optional.empty() : Optional.of(amounts(curve, tier, mrr))));
    }
    return List.copyOf(rows);
  }

  /**
   * The tier summary after overrides: pinned customers join their tiers and grace keeps customers
   * in their earlier ones, so a tier is any set of customers, not a rank span. Shares are of every
   * tiered customer (the curve's and the pinned ones). Without an override this is {@link
   * #of(Segmentation)}.
   */
  public static List<TierStats> of(Segmentation s, Overrides overrides) {
    if (!overrides.changesTiers()) {
      return of(s);
    }
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    int k = s.tiers().size();
    int n = curve.size();
    int[] counts = new int[k];
    for (int r = 0; r < n; r++) {
      counts[overrides.tierOf(s, r)]++;
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      counts[overrides.pinnedTier(j)]++;
    }
    if (curve.wide()) {
      return wideOf(s, overrides, counts);
    }
    long[][] values = new long[k][];
    for (int t = 0; t < k; t++) {
      values[t] = new long[counts[t]];
    }
    int[] filled = new int[k];
    for (int r = 0; r < n; r++) {
      int t = overrides.tierOf(s, r);
      values[t][filled[t]++] = curve.unscaledMrr(r);
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      int t = overrides.pinnedTier(j);
      values[t][filled[t]++] = customers.unscaledMrr(overrides.pinnedCustomer(j));
    }
    BigDecimal[] sums = new BigDecimal[k];
    BigDecimal total = BigDecimal.ZERO;
    for (int t = 0; t < k; t++) {
      Arrays.sort(values[t]);
      BigInteger sum = BigInteger.ZERO;
      for (long v : values[t]) {
        sum = sum.add(BigInteger.valueOf(v));
      }
      sums[t] = new BigDecimal(sum, curve.scale());
      total = total.add(sums[t]);
    }
    List<TierStats.Amounts> amounts = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      amounts.add(counts[t] == 0 ? null : amounts(values[t], curve.scale(), sums[t]));
    }
    return rows(s, n + overrides.pinnedCount(), counts, sums, total, amounts);
  }

  /** The rows after overrides from each tier's count, sum and amounts (null when empty). */
  private static List<TierStats> rows(
      Segmentation s,
      int tiered,
      int[] counts,
      BigDecimal[] sums,
      BigDecimal total,
      List<TierStats.Amounts> amounts) {
    BigDecimal all = BigDecimal.valueOf(tiered);
    List<TierStats> rows = new ArrayList<>(counts.length);
    int cumCount = 0;
    BigDecimal cumMrr = BigDecimal.ZERO;
    for (int t = 0; t < counts.length; t++) {
      cumCount += counts[t];
      cumMrr = cumMrr.add(sums[t]);
      rows.add(
          new TierStats(
              s.tiers().get(t).label(),
              counts[t],
              Amounts.percent(BigDecimal.valueOf(counts[t]), all),
              sums[t],
              Amounts.percent(sums[t], total),
              Amounts.percent(BigDecimal.valueOf(cumCount), all),
              Amounts.percent(cumMrr, total),
              Optional.ofNullable(amounts.get(t))));
    }
    return List.copyOf(rows);
  }

  /** As {@link #of(Segmentation, Overrides)} for a curve in the wide form. */
  private static List<TierStats> wideOf(Segmentation s, Overrides overrides, int[] counts) {
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    int k = counts.length;
    int n = curve.size();
    BigInteger[][] values = new BigInteger[k][];
    for (int t = 0; t < k; t++) {
      values[t] = new BigInteger[counts[t]];
    }
    int[] filled = new int[k];
    for (int r = 0; r < n; r++) {
      int t = overrides.tierOf(s, r);
      values[t][filled[t]++] = curve.wideMrr(r);
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      int t = overrides.pinnedTier(j);
      values[t][filled[t]++] = customers.wideMrr(overrides.pinnedCustomer(j));
    }
    int scale = curve.scale();
    BigDecimal[] sums = new BigDecimal[k];
    BigDecimal total = BigDecimal.ZERO;
    for (int t = 0; t < k; t++) {
      Arrays.sort(values[t]);
      BigInteger sum = BigInteger.ZERO;
      for (BigInteger v : values[t]) {
        sum = sum.add(v);
      }
      sums[t] = new BigDecimal(sum, scale);
      total = total.add(sums[t]);
    }
    List<TierStats.Amounts> amounts = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      BigInteger[] sorted = values[t];
      int size = sorted.length;
      if (size == 0) {
        amounts.add(null);
        continue;
      }
      BigDecimal median =
          size % 2 == 1
              ? new BigDecimal(sorted[size / 2], scale)
              : new BigDecimal(sorted[size / 2 - 1].add(sorted[size / 2]), scale).divide(TWO);
      amounts.add(
          new TierStats.Amounts(
              new BigDecimal(sorted[0], scale),
              new BigDecimal(sorted[size - 1], scale),
              sums[t].divide(BigDecimal.valueOf(size), Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN),
              median));
    }
    return rows(s, n + overrides.pinnedCount(), counts, sums, total, amounts);
  }

  /** Floor, max, mean and median of a tier's MRR, {@code sorted} ascending and unscaled. */
  private static TierStats.Amounts amounts(long[] sorted, int scale, BigDecimal sum) {
    int size = sorted.length;
    BigDecimal median =
        size % 2 == 1
            ? BigDecimal.valueOf(sorted[size / 2], scale)
            : BigDecimal.valueOf(sorted[size / 2 - 1], scale)
                .add(BigDecimal.valueOf(sorted[size / 2], scale))
                .divide(TWO);
    return new TierStats.Amounts(
        BigDecimal.valueOf(sorted[0], scale),
        BigDecimal.valueOf(sorted[size - 1], scale),
        sum.divide(BigDecimal.valueOf(size), Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN),
        median);
  }

  private static TierStats.Amounts amounts(ParetoCurve curve, Tier tier, BigDecimal sum) {
    int size = tier.size();
    int middle = tier.start() + size / 2;
    BigDecimal median =
        size % 2 == 1
            ? curve.mrr(middle)
            // Half of a sum of two decimals always ends, one digit further at most: exact.
            : curve.mrr(middle - 1).add(curve.mrr(middle)).divide(TWO);
    return new TierStats.Amounts(
        curve.mrr(tier.end() - 1),
        curve.mrr(tier.start()),
        sum.divide(BigDecimal.valueOf(size), Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN),
        median);
  }

  /** S at a customer count: the MRR of the first {@code count} ranks, at the curve's scale. */
  private static BigDecimal cumulative(ParetoCurve curve, int count) {
    return count == 0 ? BigDecimal.valueOf(0, curve.scale()) : curve.cumulative(count - 1);
  }
}

package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
      BigDecimal mrr =
          money(curve, cumulative(curve, tier.end()) - cumulative(curve, tier.start()));
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
              Amounts.percent(money(curve, cumulative(curve, tier.end())), total),
              tier.isEmpty() ? Optional.empty() : Optional.of(amounts(curve, tier, mrr))));
    }
    return List.copyOf(rows);
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

  /** S at a customer count: the MRR of the first {@code count} ranks, unscaled. */
  private static long cumulative(ParetoCurve curve, int count) {
    return count == 0 ? 0 : curve.unscaledCumulative(count - 1);
  }

  private static BigDecimal money(ParetoCurve curve, long unscaled) {
    return BigDecimal.valueOf(unscaled, curve.scale());
  }
}

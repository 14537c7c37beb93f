package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The largest customers of each tier, read off the curve's rank order: a tier is a run of ranks,
 * largest first, so its first ranks are its largest customers and no second sort is needed (at 10 M
 * customers, one would cost a second).
 */
public final class TierLeaders {
  private TierLeaders() {}

  /**
   * A customer at the top of its tier.
   *
   * @param rank 1-based, as the files show it
   * @param pctMrr the customer's share of the total MRR, 0–100, rounded half-even to 4 decimals
   */
  public record Leader(int rank, String id, String name, BigDecimal mrr, BigDecimal pctMrr) {}

  /** Up to {@code count} customers of each tier as cut (before pins and grace), tier by tier. */
  public static List<List<Leader>> of(Segmentation s, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    ParetoCurve curve = s.curve();
    BigDecimal total = curve.total();
    List<List<Leader>> all = new ArrayList<>();
    for (Tier t : s.tiers()) {
      List<Leader> leaders = new ArrayList<>();
      for (int r = t.start(); r < Math.min(t.end(), t.start() + count); r++) {
        BigDecimal mrr = curve.mrr(r);
        leaders.add(
            new Leader(r + 1, curve.id(r), curve.name(r), mrr, Amounts.percent(mrr, total)));
      }
      all.add(List.copyOf(leaders));
    }
    return List.copyOf(all);
  }
}

package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.Groups;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
   * @param rank 1-based, as the files show it (within its group under {@code --group-by})
   * @param pctMrr the customer's share of the total MRR, 0–100, rounded half-even to 4 decimals
   * @param group the customer's group under {@code --group-by}, else empty
   */
  public record Leader(
      int rank, String id, String name, BigDecimal mrr, BigDecimal pctMrr, String group) {}

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
            new Leader(r + 1, curve.id(r), curve.name(r), mrr, Amounts.percent(mrr, total), ""));
      }
      all.add(List.copyOf(leaders));
    }
    return List.copyOf(all);
  }

  /**
   * Under {@code --group-by} a customer's tier is the one its own group's curve gives it, so each
   * label's largest customers are the largest of the groups' leaders for that label (each group's
   * are already its largest), by MRR, ties by id; shares are of the whole base's {@code total}.
   */
  public static List<List<Leader>> of(Groups groups, BigDecimal total, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    List<List<Leader>> all = new ArrayList<>();
    for (int t = 0; t < groups.all().size(); t++) {
      List<Leader> pool = new ArrayList<>();
      for (Groups.Group g : groups.groups()) {
        List<List<Leader>> own = of(g.segmentation(), count);
        if (t < own.size()) {
          for (Leader l : own.get(t)) {
            pool.add(
                new Leader(
                    l.rank(),
                    l.id(),
                    l.name(),
                    l.mrr(),
                    Amounts.percent(l.mrr(), total),
                    g.name()));
          }
        }
      }
      pool.sort(
          Comparator.comparing(Leader::mrr, Comparator.reverseOrder()).thenComparing(Leader::id));
      all.add(List.copyOf(pool.subList(0, Math.min(count, pool.size()))));
    }
    return List.copyOf(all);
  }
}

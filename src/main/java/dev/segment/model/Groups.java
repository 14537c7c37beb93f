package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Tiers cut within groups ({@code --group-by}): each group ranked and cut on its own curve, in
 * descending order of the group's MRR (ties by name in code-unit order), and the {@code all} block
 * that sums each tier label across groups.
 *
 * @param groups in segments.csv's order
 * @param all one row per tier label: customers and MRR summed over the groups, shares of the whole
 *     base, floor, max, mean and median of all customers holding the label
 */
public record Groups(List<Group> groups, List<TierStats> all) {
  /** The chart draws one small chart for each of this many largest groups, and lists the rest. */
  public static final int CHARTED = 12;

  public Groups {
    groups = List.copyOf(groups);
    all = List.copyOf(all);
  }

  /** The groups the chart draws: the {@value #CHARTED} largest by MRR, in segments.csv's order. */
  public List<Group> charted() {
    return groups.subList(0, Math.min(CHARTED, groups.size()));
  }

  /** The groups past the {@value #CHARTED} charted, which the chart only names. */
  public List<Group> notCharted() {
    return groups.subList(Math.min(CHARTED, groups.size()), groups.size());
  }

  /**
   * One group's tiers.
   *
   * @param name the group column's cell, trimmed; {@code (none)} for an empty one
   * @param segmentation the group's own curve (ranks within the group) cut into tiers
   * @param tiers the group's tier summary, shares of the group
   * @param pctMrr the group's share of the whole base's MRR, 0–100, 4 decimals
   */
  public record Group(
      String name, Segmentation segmentation, List<TierStats> tiers, BigDecimal pctMrr) {
    public Group {
      tiers = List.copyOf(tiers);
    }

    public int customers() {
      return segmentation.curve().size();
    }

    public BigDecimal mrr() {
      return segmentation.curve().total();
    }
  }
}

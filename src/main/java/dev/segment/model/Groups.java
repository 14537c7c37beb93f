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
 * @param overrides the run's pins and grace across the groups (pinned customers with the tier their
 *     own group's floors give, grace's kept tier per rank of the whole curve), for the run's
 *     counts; {@link Overrides#none()} without {@code --pin} or {@code --grace}
 */
public record Groups(List<Group> groups, List<TierStats> all, Overrides overrides) {
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
   * @param overrides the group's pinned customers (off its curve, computed tier by its own floors);
   *     {@link Overrides#none()} for a run without {@code --pin}
   * @param tiers the group's tier summary after its overrides, shares of the group
   * @param pctMrr the group's share of the whole base's MRR, 0–100, 4 decimals
   */
  public record Group(
      String name,
      Segmentation segmentation,
      Overrides overrides,
      List<TierStats> tiers,
      BigDecimal pctMrr) {
    public Group {
      tiers = List.copyOf(tiers);
    }

    /** The group's tiered customers: its curve's and its pinned ones. */
    public int customers() {
      return segmentation.curve().size() + overrides.pinnedCount();
    }

    /** The MRR of the group's tiered customers: its curve's and its pinned ones. */
    public BigDecimal mrr() {
      BigDecimal sum = segmentation.curve().total();
      Customers customers = segmentation.curve().customers();
      for (int j = 0; j < overrides.pinnedCount(); j++) {
        sum = sum.add(customers.mrr(overrides.pinnedCustomer(j)));
      }
      return sum;
    }
  }
}

package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How tiers moved since an earlier run ({@code --previous}), on the tiers after overrides.
 *
 * @param source the earlier tiers.csv
 * @param labelPositions each earlier label, in order of first appearance, and the tier position it
 *     was compared as (0-based)
 * @param up customers now in a higher tier (a lower position), with their current MRR
 * @param down customers now in a lower tier, with their current MRR
 * @param added customers not in the earlier run, with their current MRR
 * @param gone customers of the earlier run not tiered now, with their earlier MRR
 * @param unchanged customers in both runs in the same tier position
 * @param graceKept customers grace kept in their earlier tier
 * @param biggest the customers that changed tier with the largest MRR change, at most 10
 * @param changes every customer in both runs whose tier changed, in tiers.csv order
 */
public record Movements(
    String source,
    List<LabelPosition> labelPositions,
    Group up,
    Group down,
    Group added,
    Group gone,
    int unchanged,
    int graceKept,
    List<Change> biggest,
    List<Change> changes) {
  public Movements {
    labelPositions = List.copyOf(labelPositions);
    biggest = List.copyOf(biggest);
    changes = List.copyOf(changes);
  }

  /** A count of customers and the MRR they carry. */
  public record Group(int customers, BigDecimal mrr) {}

  /** An earlier tier label and the position it was compared as. */
  public record LabelPosition(String label, int position, boolean matchedByName) {}

  /** One row of {@code changes.csv}. */
  public record Change(
      String id,
      String name,
      String oldTier,
      String newTier,
      BigDecimal oldMrr,
      BigDecimal newMrr) {
    public BigDecimal mrrChange() {
      return newMrr.subtract(oldMrr);
    }
  }
}

package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The tiers fitted to a budget of CSMs ({@code --csms}): per staffed tier, the cut asked for and
 * the cut that fits, the CSMs each needs, and the MRR left without a person.
 *
 * @param tiers one row per staffed tier, from tier 1
 * @param uncoveredMrr the MRR the asked cuts gave a staffed tier and the fitted ones do not
 * @param uncoveredPct that as a share of the curve's MRR, 0–100, 4 decimals
 */
public record Budget(List<TierFit> tiers, BigDecimal uncoveredMrr, BigDecimal uncoveredPct) {
  public Budget {
    tiers = List.copyOf(tiers);
  }

  /**
   * Where a tier ends: after {@code end} customers on the curve (a rank end, 1-based), the share of
   * customers that reaches, and the tier's lowest MRR (empty for an empty tier).
   */
  public record Cut(int end, BigDecimal pctCustomers, Optional<BigDecimal> floor) {}

  /**
   * One staffed tier.
   *
   * @param budget the CSMs {@code --csms} gave it; empty for a staffed tier left unfitted
   * @param asked where the cut (after the tie and zero rules) ends it
   * @param fits where it ends fitted
   * @param csmsBefore CSMs the asked tier needs
   * @param csmsAfter CSMs the fitted tier needs
   * @param uncoveredMrr MRR of the customers the cut put in this tier that no staffed tier holds
   *     now
   * @param uncoveredPct that as a share of the curve's MRR, 0–100, 4 decimals
   */
  public record TierFit(
      String label,
      Optional<Integer> budget,
      Cut asked,
      Cut fits,
      int csmsBefore,
      int csmsAfter,
      BigDecimal uncoveredMrr,
      BigDecimal uncoveredPct) {}
}

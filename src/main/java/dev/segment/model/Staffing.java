package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How many CSMs each tier needs ({@code --book}, {@code --accounts-per-csm}): the larger of tier
 * ARR ÷ book and accounts ÷ ratio, rounded up.
 *
 * @param book the ARR one CSM covers, when given
 * @param tiers one row per tier, in order
 * @param totalCsms the sum over the staffed tiers
 */
public record Staffing(Optional<BigDecimal> book, List<TierStaffing> tiers, int totalCsms) {
  public Staffing {
    tiers = List.copyOf(tiers);
  }

  /**
   * One tier's staffing. An automated tier has 0 CSMs and no per-CSM figures; so has a staffed tier
   * with no customers.
   *
   * @param arr the tier's exact ARR (as read with --arr-column, else MRR × 12)
   * @param ratio the accounts one CSM covers in this tier, when given
   * @param csms CSMs needed
   * @param arrPerCsm ARR / CSMs, rounded half-even to 2 decimals
   * @param accountsPerCsm accounts / CSMs, rounded half-even to 4 decimals
   */
  public record TierStaffing(
      String label,
      int accounts,
      BigDecimal arr,
      boolean staffed,
      Optional<Integer> ratio,
      int csms,
      Optional<BigDecimal> arrPerCsm,
      Optional<BigDecimal> accountsPerCsm) {}
}

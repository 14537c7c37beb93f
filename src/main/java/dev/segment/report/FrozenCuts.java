package dev.segment.report;

import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The MRR floors that reproduce a segmentation with {@code --by mrr --cuts …}, so a cron job can
 * freeze tiers that {@code --by auto} computed.
 */
final class FrozenCuts {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private FrozenCuts() {}

  /**
   * One floor per tier but the last. A non-empty tier's floor is its lowest MRR: the tie rule makes
   * it clean. An empty tier needs a floor that no customer reaches between its neighbours: halfway
   * between the floor above and the highest MRR below (exact in decimal), or, for an empty first
   * tier, twice the highest MRR (1 when that is 0), since floors must be positive and decreasing.
   */
  static List<BigDecimal> floors(List<TierStats> tiers) {
    List<BigDecimal> floors = new ArrayList<>();
    BigDecimal above = null;
    for (int k = 0; k < tiers.size() - 1; k++) {
      TierStats t = tiers.get(k);
      BigDecimal floor;
      if (t.amounts().isPresent()) {
        floor = t.amounts().get().floor();
      } else {
        BigDecimal below = highestBelow(tiers, k);
        if (above != null) {
          floor = above.add(below).divide(TWO);
        } else {
          floor = below.signum() > 0 ? below.multiply(TWO) : BigDecimal.ONE;
        }
      }
      floors.add(floor);
      above = floor;
    }
    return List.copyOf(floors);
  }

  /** The flags as a user types them: {@code --by mrr --cuts 5000,1702.5}. */
  static String flags(List<BigDecimal> floors) {
    StringBuilder b = new StringBuilder("--by mrr --cuts ");
    for (int i = 0; i < floors.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(plainShort(floors.get(i)));
    }
    return b.toString();
  }

  /** The number without trailing zeros or exponent: {@code 5000.00} → {@code 5000}. */
  static String plainShort(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** The highest MRR of the first non-empty tier after k: 0 when there is none. */
  private static BigDecimal highestBelow(List<TierStats> tiers, int k) {
    for (int j = k + 1; j < tiers.size(); j++) {
      if (tiers.get(j).amounts().isPresent()) {
        return tiers.get(j).amounts().get().max();
      }
    }
    return BigDecimal.ZERO;
  }
}

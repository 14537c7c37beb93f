package dev.segment.analysis;

import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.math.BigInteger;
import java.util.List;

/**
 * The MRR floors the cuts drew, one per boundary between tier k and k + 1: the MRR of the last
 * customer of tiers 1..k. Grace measures against them, and a pinned customer's computed tier is the
 * one its MRR reaches.
 */
public final class TierFloors {
  private TierFloors() {}

  /** Unscaled at the curve's scale; null where tiers 1..k are all empty (nobody reaches it). */
  public static BigInteger[] of(Segmentation s) {
    List<Tier> tiers = s.tiers();
    BigInteger[] floors = new BigInteger[tiers.size() - 1];
    for (int k = 0; k < floors.length; k++) {
      int end = tiers.get(k).end();
      floors[k] = end == 0 ? null : s.curve().wideMrr(end - 1);
    }
    return floors;
  }

  /** The first tier whose floor this MRR reaches; the last tier when none (and always for 0). */
  public static int tierOf(BigInteger[] floors, BigInteger unscaledMrr) {
    for (int k = 0; k < floors.length; k++) {
      if (floors[k] != null && unscaledMrr.compareTo(floors[k]) >= 0 && unscaledMrr.signum() > 0) {
        return k;
      }
    }
    return floors.length;
  }
}

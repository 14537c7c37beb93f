package dev.segment.analysis;

import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.util.List;

/**
 * The MRR floors the cuts drew, one per boundary between tier k and k + 1: the MRR of the last
 * customer of tiers 1..k. Grace measures against them, and a pinned customer's computed tier is the
 * one its MRR reaches.
 */
public final class TierFloors {
  /** No customer reaches a boundary above the first customer: nobody is before it. */
  public static final long NONE = Long.MAX_VALUE;

  private TierFloors() {}

  /** Unscaled at the curve's scale; {@link #NONE} where tiers 1..k are all empty. */
  public static long[] of(Segmentation s) {
    List<Tier> tiers = s.tiers();
    long[] floors = new long[tiers.size() - 1];
    for (int k = 0; k < floors.length; k++) {
      int end = tiers.get(k).end();
      floors[k] = end == 0 ? NONE : s.curve().unscaledMrr(end - 1);
    }
    return floors;
  }

  /** The first tier whose floor this MRR reaches; the last tier when none (and always for 0). */
  public static int tierOf(long[] floors, long unscaledMrr) {
    for (int k = 0; k < floors.length; k++) {
      if (floors[k] != NONE && unscaledMrr >= floors[k] && unscaledMrr > 0) {
        return k;
      }
    }
    return floors.length;
  }
}

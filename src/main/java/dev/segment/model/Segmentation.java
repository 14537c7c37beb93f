package dev.segment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The curve cut into tiers: contiguous rank spans covering the whole curve, in order, and where
 * each cut fell before the tie and zero rules moved it. {@code auto} is present when the cuts were
 * computed ({@code --by auto}).
 *
 * @param nominalEnds one customer count per cut (tier k ends there before the tie and zero rules
 *     move it), so the report can say why a tier ends elsewhere
 */
public record Segmentation(
    ParetoCurve curve,
    CutRule rule,
    List<Tier> tiers,
    Optional<AutoCuts> auto,
    List<Integer> nominalEnds) {
  public Segmentation {
    tiers = List.copyOf(tiers);
    nominalEnds = List.copyOf(nominalEnds);
    int next = 0;
    for (Tier t : tiers) {
      if (t.start() != next) {
        throw new IllegalArgumentException("tiers are not contiguous at " + t.label());
      }
      next = t.end();
    }
    if (next != curve.size()) {
      throw new IllegalArgumentException("tiers cover " + next + " of " + curve.size() + " ranks");
    }
    if (nominalEnds.size() != Math.max(0, tiers.size() - 1)) {
      throw new IllegalArgumentException("one nominal end per cut is needed");
    }
  }

  /** A segmentation whose cuts fell where its tiers end (no rule moved them). */
  public Segmentation(ParetoCurve curve, CutRule rule, List<Tier> tiers, Optional<AutoCuts> auto) {
    this(curve, rule, tiers, auto, endsOf(tiers));
  }

  private static List<Integer> endsOf(List<Tier> tiers) {
    List<Integer> ends = new ArrayList<>();
    for (int k = 0; k < tiers.size() - 1; k++) {
      ends.add(tiers.get(k).end());
    }
    return ends;
  }

  /** The position of the tier the cuts put the customer at this 0-based rank in. */
  public int tierOf(int rank) {
    if (rank < 0 || rank >= curve.size()) {
      throw new IndexOutOfBoundsException("rank " + rank + " of " + curve.size());
    }
    // The first tier that ends after the rank; empty tiers end where the one before them does.
    int lo = 0;
    int hi = tiers.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tiers.get(mid).end() > rank) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}

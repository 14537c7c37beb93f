package dev.segment.model;

import java.util.List;
import java.util.Optional;

/**
 * The curve cut into tiers: contiguous rank spans covering the whole curve, in order. {@code auto}
 * is present when the cuts were computed ({@code --by auto}).
 */
public record Segmentation(
    ParetoCurve curve, CutRule rule, List<Tier> tiers, Optional<AutoCuts> auto) {
  public Segmentation {
    tiers = List.copyOf(tiers);
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
  }
}

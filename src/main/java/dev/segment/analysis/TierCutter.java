package dev.segment.analysis;

import dev.segment.model.AutoCuts;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Cuts a curve into tiers by a {@link CutRule}, applying the tie rule (customers with the same MRR
 * as a tier's last one join it) and the zero rule (zero-MRR customers are always in the last tier).
 */
public final class TierCutter {
  private TierCutter() {}

  /**
   * Labels must pass {@link Tier#requireLabels} for the rule's tier count (an
   * IllegalArgumentException naming --names otherwise). An empty curve gives empty tiers.
   */
  public static Segmentation cut(ParetoCurve curve, CutRule rule, List<String> labels) {
    Tier.requireLabels(labels, rule.tierCount());
    Optional<AutoCuts> auto =
        switch (rule.unit()) {
          case COMPUTED -> Optional.of(AutoCutter.find(curve));
          case PERCENT_OF_CUSTOMERS, PERCENT_OF_MRR, MRR_FLOOR -> Optional.empty();
        };
    int[] ends =
        auto.map(a -> new int[] {a.tier1End(), a.submarginalPoint()})
            .orElseGet(() -> cutEnds(curve, rule));
    List<Integer> nominalEnds = new ArrayList<>(ends.length);
    for (int end : ends) {
      nominalEnds.add(end);
    }
    return new Segmentation(curve, rule, tiers(curve, ends, labels), auto, nominalEnds);
  }

  /** Where each given cut falls on the curve (1-based ranks), before the tie and zero rules. */
  private static int[] cutEnds(ParetoCurve curve, CutRule rule) {
    ToIntFunction<BigDecimal> place =
        switch (rule.unit()) {
          case PERCENT_OF_CUSTOMERS -> p -> CurvePositions.firstPercentOf(p, curve.size());
          case PERCENT_OF_MRR -> p -> CurvePositions.reaching(curve, p);
          case MRR_FLOOR -> floor -> atLeast(curve, floor);
          // Auto is given no cuts; its ends come from AutoCutter.
          case COMPUTED -> none -> 0;
        };
    return rule.cuts().stream().mapToInt(place).toArray();
  }

  /** How many customers have MRR ≥ floor: where a {@code --by mrr} cut falls. */
  private static int atLeast(ParetoCurve curve, BigDecimal floor) {
    // MRR ≥ floor, for an integer unscaled MRR, is unscaled ≥ ceil(floor × 10^scale).
    BigInteger unscaledFloor =
        floor.movePointRight(curve.scale()).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    return CurvePositions.countAtLeast(curve, unscaledFloor, 0);
  }

  /**
   * Turns raw tier ends into tiers: each end is held back to the last positive customer (zero
   * rule), then pushed past customers tied with its last one (tie rule), and never before the end
   * of the tier above it, so a tier can come out empty.
   */
  private static List<Tier> tiers(ParetoCurve curve, int[] rawEnds, List<String> labels) {
    int positives = CurvePositions.positives(curve);
    List<Tier> tiers = new ArrayList<>(rawEnds.length + 1);
    int start = 0;
    for (int k = 0; k < rawEnds.length; k++) {
      int end = CurvePositions.withTies(curve, Math.min(rawEnds[k], positives));
      end = Math.max(end, start);
      tiers.add(new Tier(labels.get(k), start, end));
      start = end;
    }
    tiers.add(new Tier(labels.get(rawEnds.length), start, curve.size()));
    return tiers;
  }
}

package dev.segment.analysis;

import dev.segment.model.AutoCuts;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a curve into tiers by a {@link CutRule}, applying the tie rule (customers with the same MRR
 * as a tier's last one join it) and the zero rule (zero-MRR customers are always in the last tier).
 */
public final class TierCutter {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private TierCutter() {}

  /**
   * labels.size() must equal rule.tierCount() (IllegalArgumentException otherwise, with a message
   * naming --names); labels must also be non-blank and distinct. An empty curve gives empty tiers.
   */
  public static Segmentation cut(ParetoCurve curve, CutRule rule, List<String> labels) {
    checkLabels(rule, labels);
    Optional<AutoCuts> auto = Optional.empty();
    int[] ends;
    if (rule instanceof CutRule.ByCustomers byCustomers) {
      ends = byCustomers(curve, byCustomers);
    } else if (rule instanceof CutRule.ByRevenue byRevenue) {
      ends = byRevenue(curve, byRevenue);
    } else if (rule instanceof CutRule.ByMrr byMrr) {
      ends = byMrr(curve, byMrr);
    } else if (rule instanceof CutRule.Auto) {
      AutoCuts cuts = AutoCutter.find(curve);
      auto = Optional.of(cuts);
      int tier1End = cuts.tier1EndsAtPareto() ? cuts.paretoPoint() : cuts.breakEvenPoint();
      ends = new int[] {tier1End, cuts.submarginalPoint()};
    } else {
      throw new IllegalArgumentException("unknown cut rule " + rule);
    }
    return new Segmentation(curve, rule, tiers(curve, ends, labels), auto);
  }

  /**
   * Where each cut of a {@code --by customers} or {@code --by revenue} rule falls before the tie
   * and zero rules move it (1-based ranks, one per cut); empty for other rules, whose cuts ties do
   * not move. The report compares these with the tiers' ends to explain the difference.
   */
  public static int[] nominalEnds(ParetoCurve curve, CutRule rule) {
    if (rule instanceof CutRule.ByCustomers byCustomers) {
      return byCustomers(curve, byCustomers);
    }
    if (rule instanceof CutRule.ByRevenue byRevenue) {
      return byRevenue(curve, byRevenue);
    }
    return new int[0];
  }

  private static void checkLabels(CutRule rule, List<String> labels) {
    if (labels.size() != rule.tierCount()) {
      String why =
          rule instanceof CutRule.Auto
              ? " for --by auto"
              : " (one more than the " + (rule.tierCount() - 1) + " cuts)";
      throw new IllegalArgumentException(
          "--names must name "
              + rule.tierCount()
              + " tiers"
              + why
              + "; got "
              + labels.size()
              + ": "
              + String.join(",", labels));
    }
    Set<String> seen = new HashSet<>();
    for (String label : labels) {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("--names has an empty tier name: " + labels);
      }
      if (!seen.add(label)) {
        throw new IllegalArgumentException("--names names two tiers \"" + label + "\"");
      }
    }
  }

  private static int[] byCustomers(ParetoCurve curve, CutRule.ByCustomers rule) {
    int[] ends = new int[rule.percents().size()];
    for (int k = 0; k < ends.length; k++) {
      ends[k] = CurvePositions.firstPercentOf(rule.percents().get(k), curve.size());
    }
    return ends;
  }

  private static int[] byRevenue(ParetoCurve curve, CutRule.ByRevenue rule) {
    int[] ends = new int[rule.percents().size()];
    for (int k = 0; k < ends.length; k++) {
      ends[k] = CurvePositions.reaching(curve, rule.percents().get(k));
    }
    return ends;
  }

  private static int[] byMrr(ParetoCurve curve, CutRule.ByMrr rule) {
    int[] ends = new int[rule.floors().size()];
    for (int k = 0; k < ends.length; k++) {
      // MRR ≥ floor, for an integer unscaled MRR, is unscaled ≥ ceil(floor × 10^scale); a floor
      // beyond the long range holds nobody.
      BigDecimal unscaledFloor =
          rule.floors().get(k).movePointRight(curve.scale()).setScale(0, RoundingMode.CEILING);
      ends[k] =
          unscaledFloor.compareTo(LONG_MAX) <= 0
              ? CurvePositions.countAtLeast(curve, unscaledFloor.longValueExact(), 0)
              : 0;
    }
    return ends;
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

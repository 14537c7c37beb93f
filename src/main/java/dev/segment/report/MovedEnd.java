package dev.segment.report;

import dev.segment.model.TierStats;
import java.util.Optional;

/**
 * Why a tier ends away from where its cut or auto point fell (the tie rule or the zero rule), in
 * the words the cut notes and the auto cuts share.
 */
final class MovedEnd {
  private MovedEnd() {}

  /**
   * The rule that moved a tier's end from {@code fell} to {@code end} (both ranks): ties move it
   * later, zero MRR earlier; empty when the tier ends where its cut fell.
   */
  static Optional<String> why(int fell, int end) {
    if (end > fell) {
      return Optional.of("customers tied at its lowest MRR join it");
    }
    if (end < fell) {
      return Optional.of("zero-MRR customers always stay in the last tier");
    }
    return Optional.empty();
  }

  /** How far the tiers reach down to this one: {@code 30.0% of customers and 74.8% of MRR}. */
  static String reached(TierStats tier) {
    return Display.percent(tier.cumPctCustomers())
        + " of customers and "
        + Display.percent(tier.cumPctMrr())
        + " of MRR";
  }
}

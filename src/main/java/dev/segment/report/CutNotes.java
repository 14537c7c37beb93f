package dev.segment.report;

import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Says where the tie rule or the zero rule moved a cut away from where the cut itself fell, so a
 * reader who asked for the top 10% and got 25% knows why.
 */
final class CutNotes {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CutNotes() {}

  static void write(Segmentation s, List<TierStats> stats, Appendable out) throws IOException {
    CutRule rule = s.rule();
    List<BigDecimal> cuts;
    if (rule instanceof CutRule.ByCustomers c) {
      cuts = c.percents();
    } else if (rule instanceof CutRule.ByRevenue r) {
      cuts = r.percents();
    } else {
      return; // MRR floors are not moved by ties; auto explains its own cuts.
    }
    ParetoCurve curve = s.curve();
    for (int k = 0; k < cuts.size(); k++) {
      int nominal =
          rule instanceof CutRule.ByCustomers
              ? byCustomers(cuts.get(k), curve.size())
              : byRevenue(cuts.get(k), curve);
      Tier tier = s.tiers().get(k);
      if (tier.end() == nominal) {
        continue;
      }
      TierStats t = stats.get(k);
      String reached =
          Display.percent(t.cumPctCustomers())
              + " of customers and "
              + Display.percent(t.cumPctMrr())
              + " of MRR";
      String why =
          tier.end() > nominal
              ? "customers tied at its lowest MRR join it"
              : "zero-MRR customers always stay in the last tier";
      out.append("Note: ")
          .append(tier.label())
          .append("'s cut at ")
          .append(cuts.get(k).stripTrailingZeros().toPlainString())
          .append("% fell at rank ")
          .append(Integer.toString(nominal))
          .append(", but the tier ends at rank ")
          .append(Integer.toString(tier.end()))
          .append(" (")
          .append(reached)
          .append(" so far): ")
          .append(why)
          .append(".\n");
    }
  }

  /** ceil(p × N / 100). */
  private static int byCustomers(BigDecimal percent, int n) {
    return percent
        .multiply(BigDecimal.valueOf(n))
        .divide(HUNDRED, 0, RoundingMode.CEILING)
        .intValueExact();
  }

  /** The first rank i (1-based) with S_i × 100 ≥ q × T. */
  private static int byRevenue(BigDecimal percent, ParetoCurve curve) {
    BigDecimal line = percent.multiply(BigDecimal.valueOf(curve.unscaledTotal()));
    for (int r = 0; r < curve.size(); r++) {
      if (BigDecimal.valueOf(curve.unscaledCumulative(r)).multiply(HUNDRED).compareTo(line) >= 0) {
        return r + 1;
      }
    }
    return curve.size();
  }
}

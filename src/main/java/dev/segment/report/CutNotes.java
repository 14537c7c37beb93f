package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.Amounts;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import dev.segment.text.RuleText;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Says where the tie rule or the zero rule moved a cut away from where the cut itself fell, so a
 * reader who asked for the top 10% and got 25% knows why.
 */
final class CutNotes {
  private CutNotes() {}

  static void write(Segmentation s, List<TierStats> stats, Appendable out) throws IOException {
    // MRR floors hold every customer at or above them, ties included, and auto explains its own
    // cuts: the notes are for percentages, which ties and zeros move.
    boolean percentages =
        switch (s.rule().unit()) {
          case PERCENT_OF_CUSTOMERS, PERCENT_OF_MRR -> true;
          case MRR_FLOOR, COMPUTED -> false;
        };
    if (!percentages) {
      return;
    }
    for (int k = 0; k < s.nominalEnds().size(); k++) {
      int nominal = s.nominalEnds().get(k);
      Tier tier = s.tiers().get(k);
      Optional<String> why = MovedEnd.why(nominal, tier.end());
      if (why.isEmpty()) {
        continue;
      }
      out.append("Note: ")
          .append(escape(tier.label()))
          .append("'s cut at ")
          .append(RuleText.cut(s.rule(), k, Amounts::plain))
          .append(" fell at rank ")
          .append(Display.count(nominal))
          .append(", but the tier ends at rank ")
          .append(Display.count(tier.end()))
          .append(" (")
          .append(MovedEnd.reached(stats.get(k)))
          .append(" so far): ")
          .append(why.get())
          .append(".\n");
    }
  }
}

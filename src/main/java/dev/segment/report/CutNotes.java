package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.Amounts;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import dev.segment.text.RuleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says where the tie rule or the zero rule moved a cut away from where the cut itself fell, so a
 * reader who asked for the top 10% and got 25% knows why.
 */
final class CutNotes {
  private CutNotes() {}

  /**
   * The run's notes: none with {@code --group-by}, whose tiers are cut within each group (the whole
   * base's ranks would mislead).
   */
  static List<String> notes(SegmentReport r) {
    return r.groups().isPresent() ? List.of() : notes(r.segmentation(), r.tiers());
  }

  /** One {@code Note: …} sentence per tier whose end a rule moved, in tier order. */
  static List<String> notes(Segmentation s, List<TierStats> stats) {
    List<String> notes = new ArrayList<>();
    // MRR floors hold every customer at or above them, ties included, and auto explains its own
    // cuts: the notes are for percentages, which ties and zeros move.
    boolean percentages =
        switch (s.rule().unit()) {
          case PERCENT_OF_CUSTOMERS, PERCENT_OF_MRR -> true;
          case MRR_FLOOR, COMPUTED -> false;
        };
    if (!percentages) {
      return notes;
    }
    for (int k = 0; k < s.nominalEnds().size(); k++) {
      int nominal = s.nominalEnds().get(k);
      Tier tier = s.tiers().get(k);
      Optional<String> why = MovedEnd.why(nominal, tier.end());
      if (why.isEmpty()) {
        continue;
      }
      notes.add(
          "Note: "
              + escape(tier.label())
              + "'s cut at "
              + RuleText.cut(s.rule(), k, Amounts::plain)
              + " fell at rank "
              + Display.count(nominal)
              + ", but the tier ends at rank "
              + Display.count(tier.end())
              + " ("
              + MovedEnd.reached(stats.get(k))
              + " so far): "
              + why.get()
              + ".");
    }
    return notes;
  }
}

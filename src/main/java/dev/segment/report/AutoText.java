package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.AutoCuts;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.TierStats;
import dev.segment.text.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code --by auto} placed each cut and why, and the flags that freeze the cuts: the
 * paragraphs the terminal report wraps and report.html shows.
 */
final class AutoText {
  /**
   * The computed cuts the report explains: none with {@code --group-by}, where each group finds its
   * own (segments.csv holds them).
   */
  static Optional<AutoCuts> cuts(SegmentReport r) {
    return r.groups().isPresent() ? Optional.empty() : r.segmentation().auto();
  }

  static final String HEADING = "Auto cuts (computed ABC analysis, Ultsch & Lötsch 2015)";

  private AutoText() {}

  /** The section: each paragraph a point of its own, its later lines hanging in the terminal. */
  static ReportView.Section section(
      AutoCuts a, Segmentation s, List<TierStats> tiers, String currency) {
    List<ReportView.Block> blocks = new ArrayList<>();
    for (String p : paragraphs(a, s, tiers, currency)) {
      blocks.add(new ReportView.Paragraph(p, true));
    }
    return new ReportView.Section("auto", HEADING, blocks);
  }

  private static List<String> paragraphs(
      AutoCuts a, Segmentation s, List<TierStats> tiers, String currency) {
    List<String> out = new ArrayList<>();
    String mean = Display.money(s.curve().meanMrr(Money.minorDigits(currency)), currency);
    if (a.isDegenerate()) {
      out.add("No ABC cut on this curve: " + a.degenerate() + ".");
    } else {
      Optional<AutoCuts.Point> pareto = a.pareto();
      Optional<AutoCuts.Point> breakEven = a.breakEven();
      Optional<AutoCuts.Point> submarginal = a.submarginal();
      String first = escape(tiers.get(0).label());
      String second = escape(tiers.get(1).label());
      String paretoWhy = "the point nearest 100% of MRR for 0% of customers";
      String breakEvenWhy = "the last customer whose MRR is at least the mean MRR, " + mean;
      StringBuilder t1 = new StringBuilder();
      if (a.tier1EndsAtPareto()) {
        t1.append(first).append(" ends at the Pareto point: ").append(where(pareto));
        t1.append(", ").append(paretoWhy).append(". The break-even point (").append(breakEvenWhy);
        t1.append(sameCustomer(a) ? ") falls on the same customer." : ") comes later, at ");
        if (!sameCustomer(a)) {
          t1.append(customersOnly(breakEven)).append('.');
        }
      } else {
        t1.append(first).append(" ends at the break-even point: ").append(where(breakEven));
        t1.append(", ").append(breakEvenWhy).append(". The Pareto point (").append(paretoWhy);
        t1.append(sameCustomer(a) ? ") falls on the same customer." : ") comes later, at ");
        if (!sameCustomer(a)) {
          t1.append(customersOnly(pareto)).append('.');
        }
      }
      t1.append(tieNote(s.nominalEnds().get(0), s.tiers().get(0).end(), tiers.get(0)));
      out.add(t1.toString());
      Optional<AutoCuts.Point> other = a.tier1EndsAtPareto() ? breakEven : pareto;
      String otherName = a.tier1EndsAtPareto() ? "break-even" : "Pareto";
      out.add(
          second
              + " ends at the submarginal point: "
              + where(submarginal)
              + ", the point nearest 100% of MRR for "
              + customersOnly(other)
              + ", where the "
              + otherName
              + " point fell."
              + tieNote(s.nominalEnds().get(1), s.tiers().get(1).end(), tiers.get(1)));
    }
    out.add(
        "To freeze these tiers (in a cron job, say): "
            + FrozenCuts.flags(FrozenCuts.floors(tiers)));
    return out;
  }

  private static boolean sameCustomer(AutoCuts a) {
    return a.paretoPoint() == a.breakEvenPoint();
  }

  private static String where(Optional<AutoCuts.Point> p) {
    return p.map(
            c ->
                Display.percent(c.pctCustomers())
                    + " of customers, "
                    + Display.percent(c.pctMrr())
                    + " of MRR")
        .orElse("not defined");
  }

  private static String customersOnly(Optional<AutoCuts.Point> p) {
    return p.map(c -> Display.percent(c.pctCustomers()) + " of customers").orElse("not defined");
  }

  /** Why a tier does not end at its point, when it does not. */
  private static String tieNote(int point, int end, TierStats tier) {
    return MovedEnd.why(point, end)
        .map(why -> " But the tier ends at " + MovedEnd.reached(tier) + ": " + why + ".")
        .orElse("");
  }
}

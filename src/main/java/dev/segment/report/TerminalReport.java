package dev.segment.report;

import static dev.segment.report.Wrapping.WIDTH;
import static dev.segment.report.Wrapping.wrap;
import static dev.segment.text.PrintableText.escape;

import dev.segment.model.AutoCuts;
import dev.segment.model.Concentration;
import dev.segment.model.CutRule;
import dev.segment.model.Exclusions;
import dev.segment.model.InputSummary;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.SkippedRows;
import dev.segment.model.TierStats;
import dev.segment.text.RuleText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the human report for the terminal: how the input was read, totals, the rule, the tier
 * table, concentration, the auto cuts explained, and the files written; at most 100 columns wide
 * except where a label or path given by the user is longer.
 */
public final class TerminalReport {
  private static final String NL = "\n";
  private static final int GAP = 2;
  private static final List<String> MEASURES =
      List.of(
          "Customers",
          "% of customers",
          "  cumulative",
          "MRR",
          "% of MRR",
          "  cumulative",
          "MRR floor",
          "MRR max",
          "MRR mean",
          "MRR median");

  private TerminalReport() {}

  /** Writes the report of a run that wrote {@code written} (in that order) to {@code out}. */
  public static void write(SegmentReport r, List<Path> written, Appendable out) throws IOException {
    String currency = r.input().currency();
    ParetoCurve curve = r.segmentation().curve();
    input(r.input(), r.segmentation(), r.exclusions(), curve.size(), out);
    skipped(r.input().skipped(), out);
    InputNotes.filtered(r.input(), out);
    InputNotes.hints(r.input(), out);
    out.append(NL);
    out.append("Total MRR  ")
        .append(Display.money(curve.total(), currency))
        .append(" a month, from ")
        .append(Display.plural(curve.size(), "customer", "customers"))
        .append(" on the curve")
        .append(NL);
    out.append("Total ARR  ").append(Display.money(curve.totalArr(), currency)).append(NL);
    out.append("Rule       ").append(rule(r.segmentation().rule(), currency)).append(NL);
    out.append(NL);
    tierTable(r.tiers(), currency, out);
    CutNotes.write(r.segmentation(), r.tiers(), out);
    out.append(NL);
    concentration(r.concentration(), out);
    Optional<AutoCuts> auto = r.segmentation().auto();
    if (auto.isPresent()) {
      out.append(NL);
      auto(auto.get(), r.segmentation(), r.tiers(), currency, out);
    }
    DecisionSections.overrides(r, currency, out);
    if (r.staffing().isPresent()) {
      DecisionSections.staffing(r.staffing().get(), currency, out);
    }
    if (r.movements().isPresent()) {
      DecisionSections.movements(r.movements().get(), r.segmentation(), currency, out);
    }
    if (r.retention().isPresent()) {
      DecisionSections.retention(r.retention().get(), currency, out);
    }
    out.append(NL);
    if (written.isEmpty()) {
      out.append("No files written.").append(NL);
    } else {
      out.append("Files written").append(NL);
      for (Path p : written) {
        out.append("  ").append(p.toString()).append(NL);
      }
    }
  }

  private static void input(
      InputSummary in, Segmentation s, Exclusions ex, int onCurve, Appendable out)
      throws IOException {
    out.append("Input      ").append(escape(InputSummary.nameOf(in.source()))).append(NL);
    StringBuilder columns =
        new StringBuilder("columns: id \"").append(escape(in.idColumn())).append('"');
    columns.append(", ").append(InputNotes.amountColumn(in));
    columns
        .append(", name ")
        .append(in.nameColumn().isEmpty() ? "none" : "\"" + escape(in.nameColumn()) + "\"");
    List<String> kept = s.curve().customers().keptHeaders();
    if (!kept.isEmpty()) {
      columns.append("; kept: ").append(escape(String.join(", ", kept)));
    }
    wrap(columns.toString(), "           ", "             ", out);
    out.append("           delimiter ")
        .append(delimiterName(in.delimiter()))
        .append(", currency ")
        .append(in.currency().isEmpty() ? "not named in the file" : in.currency())
        .append(NL);
    wrap(
        "Rows       "
            + Display.count(in.rowsRead())
            + " read: "
            + Display.count(in.rowsUsed())
            + " used, "
            + Display.count(in.skipped().total())
            + " skipped"
            + InputNotes.filteredCount(in)
            + "; "
            + Display.count(in.merged())
            + " merged into a customer's earlier row",
        "",
        "           ",
        out);
    out.append("           ")
        .append(Display.plural(in.footerLines(), "footer line", "footer lines"))
        .append(" and ")
        .append(Display.plural(in.blankLines(), "blank line", "blank lines"))
        .append(" left out (not rows)")
        .append(NL);
    StringBuilder customers = new StringBuilder(Display.count(in.customers()));
    // Pinned customers are tiered but off the curve, so "all on the curve" would be wrong.
    int pinned = in.customers() - ex.total() - onCurve;
    if (ex.total() == 0 && pinned == 0) {
      customers.append(", all on the curve");
    } else if (ex.total() == 0) {
      customers
          .append(": ")
          .append(Display.count(onCurve))
          .append(" on the curve, ")
          .append(Display.count(pinned))
          .append(" pinned off it");
    } else {
      customers.append(": ").append(Display.count(onCurve)).append(" on the curve");
      if (pinned > 0) {
        customers.append(", ").append(Display.count(pinned)).append(" pinned off it");
      }
      customers.append("; excluded ");
      List<String> parts = new ArrayList<>();
      if (ex.negativeCustomers() > 0) {
        parts.add(
            Display.count(ex.negativeCustomers())
                + " with negative MRR ("
                + Display.money(ex.negativeMrr(), in.currency())
                + " in total)");
      }
      if (ex.zeroCustomers() > 0) {
        parts.add(Display.count(ex.zeroCustomers()) + " with zero MRR (--exclude-zero)");
      }
      customers.append(String.join(", ", parts));
    }
    wrap("Customers  " + customers, "", "           ", out);
  }

  private static void skipped(SkippedRows skipped, Appendable out) throws IOException {
    if (skipped.isEmpty()) {
      return;
    }
    out.append(NL).append("Skipped rows").append(NL);
    for (SkippedRows.Tally t : skipped.tallies()) {
      wrap(SkippedText.tally(t), "  ", "    ", out);
    }
  }

  /** The rule in words: {@code by customers, cuts 10%, 30%}. */
  static String rule(CutRule rule, String currency) {
    return RuleText.summary(rule, floor -> Display.money(floor, currency));
  }

  /**
   * One column per tier and one row per figure, so any number of tiers fits the width: tiers that
   * do not fit go on to a further block of columns.
   */
  private static void tierTable(List<TierStats> tiers, String currency, Appendable out)
      throws IOException {
    int labelWidth = 0;
    for (String m : MEASURES) {
      labelWidth = Math.max(labelWidth, m.length());
    }
    List<String[]> columns = new ArrayList<>();
    for (TierStats t : tiers) {
      columns.add(column(t, currency));
    }
    int from = 0;
    while (from < columns.size()) {
      int used = labelWidth;
      int to = from;
      while (to < columns.size()) {
        int w = GAP + width(columns.get(to));
        if (to > from && used + w > WIDTH) {
          break;
        }
        used += w;
        to++;
      }
      if (from > 0) {
        out.append(NL);
      }
      for (int row = 0; row <= MEASURES.size(); row++) {
        StringBuilder line = new StringBuilder();
        line.append(pad(row == 0 ? "" : MEASURES.get(row - 1), labelWidth, false));
        for (int c = from; c < to; c++) {
          String[] col = columns.get(c);
          line.append(" ".repeat(GAP)).append(pad(col[row], width(col), true));
        }
        out.append(line.toString().stripTrailing()).append(NL);
      }
      from = to;
    }
    for (TierStats t : tiers) {
      if (t.customers() == 0) {
        out.append(escape(t.label()))
            .append(" is empty: no customer falls within its cuts.")
            .append(NL);
      }
    }
  }

  /** The tier's label then one cell per measure. */
  private static String[] column(TierStats t, String currency) {
    String[] cells = new String[MEASURES.size() + 1];
    cells[0] = escape(t.label());
    cells[1] = Display.count(t.customers());
    cells[2] = Display.percent(t.pctCustomers());
    cells[3] = Display.percent(t.cumPctCustomers());
    cells[4] = Display.money(t.mrr(), currency);
    cells[5] = Display.percent(t.pctMrr());
    cells[6] = Display.percent(t.cumPctMrr());
    if (t.amounts().isPresent()) {
      TierStats.Amounts a = t.amounts().get();
      cells[7] = Display.money(a.floor(), currency);
      cells[8] = Display.money(a.max(), currency);
      cells[9] = Display.moneyToCents(a.mean(), currency);
      cells[10] = Display.money(a.median(), currency);
    } else {
      for (int i = 7; i <= 10; i++) {
        cells[i] = "(empty)";
      }
    }
    return cells;
  }

  private static int width(String[] cells) {
    int w = 0;
    for (String c : cells) {
      w = Math.max(w, c.length());
    }
    return w;
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  private static void concentration(Concentration c, Appendable out) throws IOException {
    out.append("Concentration").append(NL);
    out.append("  Gini coefficient               ")
        .append(c.gini().toPlainString())
        .append("  (0: all pay the same; 1: one customer pays it all)")
        .append(NL);
    figure("  MRR held by the top 1%         ", c.top1Pct(), " of MRR", out);
    figure("  MRR held by the top 10%        ", c.top10Pct(), " of MRR", out);
    figure("  MRR held by the top 20%        ", c.top20Pct(), " of MRR", out);
    figure("  50% of MRR is held by          ", c.customersFor50Pct(), " of customers", out);
    figure("  80% of MRR is held by          ", c.customersFor80Pct(), " of customers", out);
  }

  private static void figure(String label, BigDecimal pct, String unit, Appendable out)
      throws IOException {
    out.append(label).append(pad(Display.percent(pct), 6, true)).append(unit).append(NL);
  }

  private static void auto(
      AutoCuts a, Segmentation s, List<TierStats> tiers, String currency, Appendable out)
      throws IOException {
    String mean = Display.moneyToCents(a.meanMrr(), currency);
    out.append("Auto cuts (computed ABC analysis, Ultsch & Lötsch 2015)").append(NL);
    if (a.isDegenerate()) {
      wrap("No ABC cut on this curve: " + a.degenerate() + ".", "  ", "    ", out);
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
      wrap(t1.toString(), "  ", "    ", out);
      Optional<AutoCuts.Point> other = a.tier1EndsAtPareto() ? breakEven : pareto;
      String otherName = a.tier1EndsAtPareto() ? "break-even" : "Pareto";
      String t2 =
          second
              + " ends at the submarginal point: "
              + where(submarginal)
              + ", the point nearest 100% of MRR for "
              + customersOnly(other)
              + ", where the "
              + otherName
              + " point fell."
              + tieNote(s.nominalEnds().get(1), s.tiers().get(1).end(), tiers.get(1));
      wrap(t2, "  ", "    ", out);
    }
    wrap(
        "To freeze these tiers (in a cron job, say): " + FrozenCuts.flags(FrozenCuts.floors(tiers)),
        "  ",
        "    ",
        out);
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

  private static String delimiterName(char d) {
    return switch (d) {
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '\t' -> "tab";
      case '|' -> "pipe";
      default -> "'" + d + "'";
    };
  }
}

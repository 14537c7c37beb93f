package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.Budget;
import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.Retention;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Staffing;
import dev.segment.model.Sweep;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's sections for running the tiers: overrides (pins, grace), staffing, the fit to a
 * budget of CSMs, the movements and retention since an earlier run, and the sweep of candidate top
 * tiers. Each is worded once, by a method returning its {@link ReportView.Section}, which the
 * terminal report lays out as text ({@code write…}) and report.html as a page.
 */
final class DecisionSections {
  private static final String NL = "\n";

  /** The terminal's label column in these sections: {@code " Moved up "}. */
  private static final int LABEL_WIDTH = 16;

  private DecisionSections() {}

  /** Pins and grace, when the run has either. */
  static Optional<ReportView.Section> overrides(SegmentReport r, String currency) {
    Overrides o = r.overrides();
    if (!o.shown()) {
      return Optional.empty();
    }
    BigDecimal pinnedMrr = BigDecimal.ZERO;
    for (int j = 0; j < o.pinnedCount(); j++) {
      pinnedMrr = pinnedMrr.add(r.segmentation().curve().customers().mrr(o.pinnedCustomer(j)));
    }
    List<ReportView.Fact> facts = new ArrayList<>();
    if (o.pinnedCount() > 0 || !o.graceUsed()) {
      facts.add(
          new ReportView.Fact(
              "Pinned",
              Display.plural(o.pinnedCount(), "customer", "customers")
                  + ", "
                  + Display.money(pinnedMrr, currency)
                  + " MRR, off the curve; the tier table includes them"));
    }
    if (o.graceUsed()) {
      facts.add(
          new ReportView.Fact(
              "Kept by grace",
              Display.plural(o.graceKept(), "customer", "customers")
                  + " kept in their earlier tier"));
    }
    return Optional.of(
        new ReportView.Section("overrides", "Overrides", new ReportView.Facts(facts)));
  }

  static ReportView.Section staffing(Staffing s, String currency) {
    String heading = "Staffing";
    if (s.book().isPresent()) {
      heading += " (book of business " + Display.money(s.book().get(), currency) + " ARR per CSM)";
    }
    List<List<String>> rows = new ArrayList<>();
    for (Staffing.TierStaffing t : s.tiers()) {
      rows.add(
          List.of(
              escape(t.label()),
              Display.count(t.accounts()),
              Display.money(t.arr(), currency),
              t.staffed() ? t.ratio().map(x -> Display.count(x)).orElse("-") : "automated",
              t.staffed() ? Display.count(t.csms()) : "-",
              t.arrPerCsm().map(x -> Display.money(x, currency)).orElse("-"),
              t.accountsPerCsm()
                  .map(x -> x.setScale(1, RoundingMode.HALF_EVEN).toPlainString())
                  .orElse("-")));
    }
    return new ReportView.Section(
        "staffing",
        heading,
        new ReportView.Table(
            Optional.empty(),
            List.of(
                "", "Accounts", "ARR", "Accounts/CSM", "CSMs", "ARR per CSM", "Accounts per CSM"),
            rows,
            1,
            false),
        new ReportView.Facts(
            List.of(new ReportView.Fact("CSMs needed", Display.count(s.totalCsms())))));
  }

  /**
   * The tiers fitted to {@code --csms}: per staffed tier the cut asked for and the one that fits.
   */
  static ReportView.Section budget(Budget b, String currency) {
    List<List<String>> rows = new ArrayList<>();
    for (Budget.TierFit t : b.tiers()) {
      rows.add(
          List.of(
              escape(t.label()),
              t.budget().map(x -> Display.count(x)).orElse("not fitted"),
              cut(t.asked(), currency),
              cut(t.fits(), currency),
              Display.count(t.csmsBefore()),
              Display.count(t.csmsAfter()),
              Display.percent(t.uncoveredPct())));
    }
    return new ReportView.Section(
        "budget",
        "Within a budget of CSMs",
        new ReportView.Table(
            Optional.empty(),
            List.of("", "CSMs paid for", "Cut asked", "Cut that fits", "Before", "After", "No CSM"),
            rows,
            4,
            false),
        new ReportView.Facts(
            List.of(
                new ReportView.Fact(
                    "No CSM now",
                    Display.percent(b.uncoveredPct())
                        + " of MRR ("
                        + Display.money(b.uncoveredMrr(), currency)
                        + ") that the cuts gave a staffed tier"))),
        new ReportView.Paragraph(
            "Each fitted tier ends at the largest clean tie boundary at or before its cut whose"
                + " CSMs needed fit the number paid for; customers it gives up join the next tier,"
                + " which keeps its own cut. A cut reads: rank end, % of customers, MRR floor;"
                + " Before and After are the CSMs needed; No CSM is the share of MRR the cut put in"
                + " the tier that no staffed tier holds now."));
  }

  /** {@code 200, 10.0%, $5,012.00}: rank end, % of customers, floor ({@code -} when empty). */
  private static String cut(Budget.Cut c, String currency) {
    return Display.count(c.end())
        + ", "
        + Display.percent(c.pctCustomers())
        + ", "
        + c.floor().map(f -> Display.money(f, currency)).orElse("-");
  }

  /** Candidate top tiers side by side ({@code --sweep}). */
  static ReportView.Section sweep(Sweep sw, String currency) {
    List<List<String>> rows = new ArrayList<>();
    for (Sweep.Row r : sw.rows()) {
      List<String> row = new ArrayList<>();
      row.add(r.cut() + "% of " + (r.basis() == Sweep.Basis.CUSTOMERS ? "customers" : "MRR"));
      row.add(Display.count(r.customers()));
      row.add(Display.percent(r.pctCustomers()));
      row.add(Display.money(r.mrr(), currency));
      row.add(Display.percent(r.pctMrr()));
      row.add(r.floor().map(f -> Display.money(f, currency)).orElse("-"));
      r.csms().ifPresent(c -> row.add(Display.count(c)));
      rows.add(row);
    }
    List<String> header =
        new ArrayList<>(
            List.of("Top tier cut at", "Customers", "% customers", "MRR", "% MRR", "MRR floor"));
    if (sw.staffed()) {
      header.add("CSMs");
    }
    return new ReportView.Section(
        "sweep",
        "Candidate top tiers",
        new ReportView.Table(Optional.empty(), header, rows, 1, false),
        new ReportView.Paragraph(
            "Each row is a run with that one cut, after the tie and zero rules; sweep.csv holds"
                + " the same rows."));
  }

  static ReportView.Section movements(Movements m, Segmentation s, String currency) {
    return movements(m, s, currency, m.source());
  }

  /**
   * The movements, headed with the earlier file as {@code source} names it: its path in the
   * terminal, its file name only on the page, which is mailed.
   */
  static ReportView.Section movements(Movements m, Segmentation s, String currency, String source) {
    List<ReportView.Fact> facts = new ArrayList<>();
    facts.add(group("Moved up", m.up(), " now", currency));
    facts.add(group("Moved down", m.down(), " now", currency));
    facts.add(group("New", m.added(), "", currency));
    facts.add(group("Gone", m.gone(), " before", currency));
    facts.add(
        new ReportView.Fact("Unchanged", Display.plural(m.unchanged(), "customer", "customers")));
    if (m.graceKept() > 0) {
      facts.add(
          new ReportView.Fact(
              "Kept by grace",
              Display.plural(m.graceKept(), "customer", "customers") + " (counted as unchanged)"));
    }
    List<String> compared = new ArrayList<>();
    for (Movements.LabelPosition p : m.labelPositions()) {
      String now =
          p.position() < s.tiers().size()
              ? escape(s.tiers().get(p.position()).label())
              : "position " + (p.position() + 1) + " (no such tier now)";
      compared.add(escape(p.label()) + " as " + now);
    }
    List<ReportView.Block> blocks = new ArrayList<>();
    blocks.add(new ReportView.Facts(facts));
    blocks.add(
        new ReportView.Paragraph(
            "Earlier tiers compared by position: " + String.join(", ", compared) + "."));
    if (!m.biggest().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Movements.Change c : m.biggest()) {
        BigDecimal change = c.mrrChange();
        rows.add(
            List.of(
                escape(c.id()),
                escape(c.name()),
                escape(c.oldTier()) + " -> " + escape(c.newTier()),
                Display.money(c.oldMrr(), currency) + " -> " + Display.money(c.newMrr(), currency),
                (change.signum() > 0 ? "+" : "") + Display.money(change, currency)));
      }
      blocks.add(
          new ReportView.Table(
              Optional.of("Biggest movers (by MRR change)"),
              List.of("Customer", "Name", "Tier", "MRR", "Change"),
              rows,
              3,
              false));
    }
    return new ReportView.Section("movements", "Changes since " + escape(source), blocks);
  }

  static ReportView.Section retention(Retention t, String currency) {
    // Earlier amounts come at the earlier file's scale, current ones at this input's: one scale
    // for the table (raising a scale is exact) keeps the columns aligned.
    int scale = Math.max(0, t.newMrr().scale());
    for (Retention.Row row : t.tiers()) {
      scale = Math.max(scale, retentionScale(row));
    }
    scale = Math.max(scale, retentionScale(t.all()));
    List<List<String>> rows = new ArrayList<>();
    for (Retention.Row row : t.tiers()) {
      rows.add(retentionRow(escape(row.label()), row, scale, currency));
    }
    rows.add(retentionRow("All", t.all(), scale, currency));
    return new ReportView.Section(
        "retention",
        "Retention by earlier tier",
        new ReportView.Table(
            Optional.empty(),
            List.of(
                "",
                "Customers",
                "Start MRR",
                "Expansion",
                "Contraction",
                "Churned",
                "Churned MRR",
                "End MRR",
                "GRR",
                "NRR"),
            rows,
            1,
            true),
        new ReportView.Facts(
            List.of(
                new ReportView.Fact(
                    "New since",
                    Display.plural(t.newCustomers(), "customer", "customers")
                        + ", "
                        + Display.money(t.newMrr().setScale(scale), currency)
                        + " MRR, in no cohort"))),
        new ReportView.Paragraph(
            "A cohort is the customers an earlier tier held, at their earlier MRR; one still tiered"
                + " with MRR above 0 is retained, any other churned. GRR = (start - contraction -"
                + " churned MRR) / start; NRR = end / start."));
  }

  static void writeOverrides(SegmentReport r, String currency, Appendable out) throws IOException {
    Optional<ReportView.Section> section = overrides(r, currency);
    if (section.isPresent()) {
      out.append(NL).append(section.get().heading()).append(NL);
      facts((ReportView.Facts) section.get().blocks().get(0), out);
    }
  }

  static void writeStaffing(Staffing s, String currency, Appendable out) throws IOException {
    ReportView.Section section = staffing(s, currency);
    out.append(NL).append(section.heading()).append(NL);
    table((ReportView.Table) section.blocks().get(0), "  ", out);
    ReportView.Fact total = ((ReportView.Facts) section.blocks().get(1)).rows().get(0);
    out.append("  ").append(total.label()).append(": ").append(total.value()).append(NL);
  }

  static void writeBudget(Budget b, String currency, Appendable out) throws IOException {
    ReportView.Section section = budget(b, currency);
    out.append(NL).append(section.heading()).append(NL);
    table((ReportView.Table) section.blocks().get(0), "  ", out);
    facts((ReportView.Facts) section.blocks().get(1), out);
    paragraph((ReportView.Paragraph) section.blocks().get(2), "  ", out);
  }

  static void writeSweep(Sweep sw, String currency, Appendable out) throws IOException {
    ReportView.Section section = sweep(sw, currency);
    out.append(NL).append(section.heading()).append(NL);
    table((ReportView.Table) section.blocks().get(0), "  ", out);
    paragraph((ReportView.Paragraph) section.blocks().get(1), "  ", out);
  }

  static void writeMovements(Movements m, Segmentation s, String currency, Appendable out)
      throws IOException {
    ReportView.Section section = movements(m, s, currency);
    out.append(NL).append(section.heading()).append(NL);
    facts((ReportView.Facts) section.blocks().get(0), out);
    paragraph((ReportView.Paragraph) section.blocks().get(1), "    ", out);
    if (section.blocks().size() > 2) {
      ReportView.Table movers = (ReportView.Table) section.blocks().get(2);
      out.append("  ").append(movers.caption().orElseThrow()).append(NL);
      // The movers' rows speak for themselves in the terminal: no header row.
      table(movers.rows(), movers.textColumns(), "    ", out);
    }
  }

  static void writeRetention(Retention t, String currency, Appendable out) throws IOException {
    ReportView.Section section = retention(t, currency);
    out.append(NL).append(section.heading()).append(NL);
    table((ReportView.Table) section.blocks().get(0), "  ", out);
    facts((ReportView.Facts) section.blocks().get(1), out);
    paragraph((ReportView.Paragraph) section.blocks().get(2), "  ", out);
  }

  private static int retentionScale(Retention.Row r) {
    int scale = 0;
    for (BigDecimal amount :
        List.of(r.mrrStart(), r.expansion(), r.contraction(), r.churnedMrr(), r.mrrEnd())) {
      scale = Math.max(scale, amount.scale());
    }
    return scale;
  }

  private static List<String> retentionRow(
      String label, Retention.Row r, int scale, String currency) {
    return List.of(
        label,
        Display.count(r.customersStart()),
        Display.money(r.mrrStart().setScale(scale), currency),
        Display.money(r.expansion().setScale(scale), currency),
        Display.money(r.contraction().setScale(scale), currency),
        Display.count(r.churnedCustomers()),
        Display.money(r.churnedMrr().setScale(scale), currency),
        Display.money(r.mrrEnd().setScale(scale), currency),
        r.grrPct().map(Display::percent).orElse("-"),
        r.nrrPct().map(Display::percent).orElse("-"));
  }

  private static ReportView.Fact group(
      String label, Movements.Group g, String when, String currency) {
    return new ReportView.Fact(
        label,
        Display.plural(g.customers(), "customer", "customers")
            + ", "
            + Display.money(g.mrr(), currency)
            + " MRR"
            + when);
  }

  /** A section's tables, facts and paragraphs as the terminal prints them. */
  static void blocks(ReportView.Section section, Appendable out) throws IOException {
    for (ReportView.Block b : section.blocks()) {
      if (b instanceof ReportView.Table t) {
        table(t, "  ", out);
      } else if (b instanceof ReportView.Facts f) {
        facts(f, out);
      } else if (b instanceof ReportView.Paragraph p) {
        paragraph(p, "  ", out);
      }
    }
  }

  /** {@code " Label value"}, one line each. */
  private static void facts(ReportView.Facts facts, Appendable out) throws IOException {
    for (ReportView.Fact f : facts.rows()) {
      String fill = " ".repeat(Math.max(1, LABEL_WIDTH - f.label().length()));
      out.append("  ").append(f.label()).append(fill).append(f.value()).append(NL);
    }
  }

  private static void paragraph(ReportView.Paragraph p, String nextIndent, Appendable out)
      throws IOException {
    Wrapping.wrap(p.text(), "  ", nextIndent, out);
  }

  private static void table(ReportView.Table t, String indent, Appendable out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(t.header());
    rows.addAll(t.rows());
    table(rows, t.textColumns(), indent, out);
  }

  /** The first {@code textColumns} columns left-aligned, the numbers after them right-aligned. */
  private static void table(List<List<String>> rows, int textColumns, String indent, Appendable out)
      throws IOException {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String fill = " ".repeat(widths[c] - cell.length());
        line.append(c == 0 ? "" : "  ").append(c < textColumns ? cell + fill : fill + cell);
      }
      out.append(line.toString().stripTrailing()).append(NL);
    }
  }
}

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The report's sections for running the tiers: overrides (pins, grace), staffing, the fit to a
 * budget of CSMs, the movements and retention since an earlier run, and the sweep of candidate top
 * tiers. Each is worded once, by a method returning its {@link ReportView.Section}, which the
 * terminal report lays out as text ({@link TerminalSections}) and report.html as a page, both in
 * the order of {@link #all}.
 */
final class DecisionSections {
  private DecisionSections() {}

  /**
   * The report's decision sections in their one order, for the terminal (after the concentration
   * figures) and the page (after the largest customers): the auto cuts explained, overrides,
   * staffing, the budget of CSMs, the movements, retention, the sweep and the groups, each when the
   * run has it.
   *
   * @param earlierFile how the movements' heading names the earlier file from its path: the path in
   *     the terminal, its file name only on the page, which is mailed
   */
  static List<ReportView.Section> all(
      SegmentReport r, String currency, UnaryOperator<String> earlierFile) {
    List<ReportView.Section> details = new ArrayList<>();
    AutoText.cuts(r)
        .ifPresent(a -> details.add(AutoText.section(a, r.segmentation(), r.tiers(), currency)));
    overrides(r, currency).ifPresent(details::add);
    r.staffing().ifPresent(s -> details.add(staffing(s, currency)));
    r.budget().ifPresent(b -> details.add(budget(b, currency)));
    r.movements()
        .ifPresent(
            m ->
                details.add(
                    movements(m, r.segmentation(), currency, earlierFile.apply(m.source()))));
    r.retention().ifPresent(t -> details.add(retention(t, currency)));
    r.sweep().ifPresent(sw -> details.add(sweep(sw, currency)));
    r.groups().ifPresent(g -> details.addAll(GroupSections.sections(g, currency)));
    return details;
  }

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
            List.of(new ReportView.Fact("CSMs needed", Display.count(s.totalCsms()))), true));
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
            "Earlier tiers compared by position: " + String.join(", ", compared) + ".", true));
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
}

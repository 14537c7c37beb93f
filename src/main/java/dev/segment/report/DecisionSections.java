package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.Retention;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Staffing;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal report's sections for running the tiers: overrides (pins, grace), staffing, and the
 * movements and retention since an earlier run.
 */
final class DecisionSections {
  private static final String NL = "\n";

  private DecisionSections() {}

  static void overrides(SegmentReport r, String currency, Appendable out) throws IOException {
    Overrides o = r.overrides();
    if (!o.shown()) {
      return;
    }
    BigDecimal pinnedMrr = BigDecimal.ZERO;
    for (int j = 0; j < o.pinnedCount(); j++) {
      pinnedMrr = pinnedMrr.add(r.segmentation().curve().customers().mrr(o.pinnedCustomer(j)));
    }
    out.append(NL).append("Overrides").append(NL);
    if (o.pinnedCount() > 0 || !o.graceUsed()) {
      out.append("  Pinned          ")
          .append(Display.plural(o.pinnedCount(), "customer", "customers"))
          .append(", ")
          .append(Display.money(pinnedMrr, currency))
          .append(" MRR, off the curve; the tier table includes them")
          .append(NL);
    }
    if (o.graceUsed()) {
      out.append("  Kept by grace   ")
          .append(Display.plural(o.graceKept(), "customer", "customers"))
          .append(" kept in their earlier tier")
          .append(NL);
    }
  }

  static void staffing(Staffing s, String currency, Appendable out) throws IOException {
    out.append(NL).append("Staffing");
    if (s.book().isPresent()) {
      out.append(" (book of business ")
          .append(Display.money(s.book().get(), currency))
          .append(" ARR per CSM)");
    }
    out.append(NL);
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "", "Accounts", "ARR", "Accounts/CSM", "CSMs", "ARR per CSM", "Accounts per CSM"
        });
    for (Staffing.TierStaffing t : s.tiers()) {
      rows.add(
          new String[] {
            escape(t.label()),
            Display.count(t.accounts()),
            Display.money(t.arr(), currency),
            t.staffed() ? t.ratio().map(x -> Display.count(x)).orElse("-") : "automated",
            t.staffed() ? Display.count(t.csms()) : "-",
            t.arrPerCsm().map(x -> Display.money(x, currency)).orElse("-"),
            t.accountsPerCsm()
                .map(x -> x.setScale(1, RoundingMode.HALF_EVEN).toPlainString())
                .orElse("-")
          });
    }
    table(rows, 1, "  ", out);
    out.append("  CSMs needed: ").append(Display.count(s.totalCsms())).append(NL);
  }

  static void movements(Movements m, Segmentation s, String currency, Appendable out)
      throws IOException {
    out.append(NL).append("Changes since ").append(escape(m.source())).append(NL);
    group("  Moved up        ", m.up(), " now", currency, out);
    group("  Moved down      ", m.down(), " now", currency, out);
    group("  New             ", m.added(), "", currency, out);
    group("  Gone            ", m.gone(), " before", currency, out);
    out.append("  Unchanged       ")
        .append(Display.plural(m.unchanged(), "customer", "customers"))
        .append(NL);
    if (m.graceKept() > 0) {
      out.append("  Kept by grace   ")
          .append(Display.plural(m.graceKept(), "customer", "customers"))
          .append(" (counted as unchanged)")
          .append(NL);
    }
    List<String> compared = new ArrayList<>();
    for (Movements.LabelPosition p : m.labelPositions()) {
      String now =
          p.position() < s.tiers().size()
              ? escape(s.tiers().get(p.position()).label())
              : "position " + (p.position() + 1) + " (no such tier now)";
      compared.add(escape(p.label()) + " as " + now);
    }
    Wrapping.wrap(
        "Earlier tiers compared by position: " + String.join(", ", compared) + ".",
        "  ",
        "    ",
        out);
    if (m.biggest().isEmpty()) {
      return;
    }
    out.append("  Biggest movers (by MRR change)").append(NL);
    List<String[]> rows = new ArrayList<>();
    for (Movements.Change c : m.biggest()) {
      BigDecimal change = c.mrrChange();
      rows.add(
          new String[] {
            escape(c.id()),
            escape(c.name()),
            escape(c.oldTier()) + " -> " + escape(c.newTier()),
            Display.money(c.oldMrr(), currency) + " -> " + Display.money(c.newMrr(), currency),
            (change.signum() > 0 ? "+" : "") + Display.money(change, currency)
          });
    }
    table(rows, 3, "    ", out);
  }

  static void retention(Retention t, String currency, Appendable out) throws IOException {
    out.append(NL).append("Retention by earlier tier").append(NL);
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "",
          "Customers",
          "Start MRR",
          "Expansion",
          "Contraction",
          "Churned",
          "Churned MRR",
          "End MRR",
          "GRR",
          "NRR"
        });
    // Earlier amounts come at the earlier file's scale, current ones at this input's: one scale
    // for the table (raising a scale is exact) keeps the columns aligned.
    int scale = Math.max(0, t.newMrr().scale());
    for (Retention.Row row : t.tiers()) {
      scale = Math.max(scale, retentionScale(row));
    }
    scale = Math.max(scale, retentionScale(t.all()));
    for (Retention.Row row : t.tiers()) {
      rows.add(retentionRow(escape(row.label()), row, scale, currency));
    }
    rows.add(retentionRow("All", t.all(), scale, currency));
    table(rows, 1, "  ", out);
    out.append("  New since       ")
        .append(Display.plural(t.newCustomers(), "customer", "customers"))
        .append(", ")
        .append(Display.money(t.newMrr().setScale(scale), currency))
        .append(" MRR, in no cohort")
        .append(NL);
    Wrapping.wrap(
        "A cohort is the customers an earlier tier held, at their earlier MRR; one still tiered"
            + " with MRR above 0 is retained, any other churned. GRR = (start - contraction -"
            + " churned MRR) / start; NRR = end / start.",
        "  ",
        "  ",
        out);
  }

  private static int retentionScale(Retention.Row r) {
    int scale = 0;
    for (BigDecimal amount :
        List.of(r.mrrStart(), r.expansion(), r.contraction(), r.churnedMrr(), r.mrrEnd())) {
      scale = Math.max(scale, amount.scale());
    }
    return scale;
  }

  private static String[] retentionRow(String label, Retention.Row r, int scale, String currency) {
    return new String[] {
      label,
      Display.count(r.customersStart()),
      Display.money(r.mrrStart().setScale(scale), currency),
      Display.money(r.expansion().setScale(scale), currency),
      Display.money(r.contraction().setScale(scale), currency),
      Display.count(r.churnedCustomers()),
      Display.money(r.churnedMrr().setScale(scale), currency),
      Display.money(r.mrrEnd().setScale(scale), currency),
      r.grrPct().map(Display::percent).orElse("-"),
      r.nrrPct().map(Display::percent).orElse("-")
    };
  }

  private static void group(
      String label, Movements.Group g, String when, String currency, Appendable out)
      throws IOException {
    out.append(label)
        .append(Display.plural(g.customers(), "customer", "customers"))
        .append(", ")
        .append(Display.money(g.mrr(), currency))
        .append(" MRR")
        .append(when)
        .append(NL);
  }

  /** The first {@code textColumns} columns left-aligned, the numbers after them right-aligned. */
  private static void table(List<String[]> rows, int textColumns, String indent, Appendable out)
      throws IOException {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        String fill = " ".repeat(widths[c] - row[c].length());
        line.append(c == 0 ? "" : "  ").append(c < textColumns ? row[c] + fill : fill + row[c]);
      }
      out.append(line.toString().stripTrailing()).append(NL);
    }
  }
}

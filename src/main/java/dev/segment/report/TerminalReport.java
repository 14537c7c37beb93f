package dev.segment.report;

import static dev.segment.report.Wrapping.WIDTH;
import static dev.segment.report.Wrapping.wrap;

import dev.segment.model.AutoCuts;
import dev.segment.model.Concentration;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.SkippedRows;
import dev.segment.model.TierStats;
import java.io.IOException;
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

  private TerminalReport() {}

  /** Writes the report of a run that wrote {@code written} (in that order) to {@code out}. */
  public static void write(SegmentReport r, List<Path> written, Appendable out) throws IOException {
    String currency = r.input().currency();
    ParetoCurve curve = r.segmentation().curve();
    input(InputLedger.of(r.input(), r.segmentation(), r.exclusions(), curve.size()), out);
    skipped(r.input().skipped(), out);
    CurrencyNotes.write(r.input(), out);
    InputNotes.filtered(r.input(), out);
    InputNotes.hints(r.input(), out);
    out.append(NL);
    out.append("Total MRR  ").append(SummaryText.totalMrr(r)).append(NL);
    out.append("Total ARR  ").append(SummaryText.totalArr(r)).append(NL);
    out.append("Rule       ")
        .append(SummaryText.rule(r.segmentation().rule(), currency))
        .append(NL);
    out.append(NL);
    tierTable(r.tiers(), currency, out);
    for (String note : CutNotes.notes(r)) {
      out.append(note).append(NL);
    }
    out.append(NL);
    concentration(r.concentration(), out);
    Optional<AutoCuts> auto = AutoText.cuts(r);
    if (auto.isPresent()) {
      out.append(NL).append(AutoText.HEADING).append(NL);
      for (String p : AutoText.paragraphs(auto.get(), r.segmentation(), r.tiers(), currency)) {
        wrap(p, "  ", "    ", out);
      }
    }
    DecisionSections.writeOverrides(r, currency, out);
    if (r.staffing().isPresent()) {
      DecisionSections.writeStaffing(r.staffing().get(), currency, out);
    }
    if (r.budget().isPresent()) {
      DecisionSections.writeBudget(r.budget().get(), currency, out);
    }
    if (r.movements().isPresent()) {
      DecisionSections.writeMovements(r.movements().get(), r.segmentation(), currency, out);
    }
    if (r.retention().isPresent()) {
      DecisionSections.writeRetention(r.retention().get(), currency, out);
    }
    if (r.sweep().isPresent()) {
      DecisionSections.writeSweep(r.sweep().get(), currency, out);
    }
    if (r.groups().isPresent()) {
      GroupSections.write(r.groups().get(), currency, out);
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

  private static void input(InputLedger ledger, Appendable out) throws IOException {
    out.append("Input      ").append(ledger.source()).append(NL);
    wrap(ledger.columns(), "           ", "             ", out);
    out.append("           ").append(ledger.dialect()).append(NL);
    if (ledger.readOn().isPresent()) {
      wrap("Read       " + ledger.readOn().get(), "", "           ", out);
    }
    wrap("Rows       " + ledger.rows(), "", "           ", out);
    out.append("           ").append(ledger.notRows()).append(NL);
    wrap("Customers  " + ledger.customers(), "", "           ", out);
    if (ledger.rollUp().isPresent()) {
      wrap("Roll-up    " + ledger.rollUp().get(), "", "           ", out);
    }
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

  /**
   * One column per tier and one row per figure, so any number of tiers fits the width: tiers that
   * do not fit go on to a further block of columns.
   */
  private static void tierTable(List<TierStats> tiers, String currency, Appendable out)
      throws IOException {
    int labelWidth = 0;
    for (String m : SummaryText.MEASURES) {
      labelWidth = Math.max(labelWidth, m.length());
    }
    List<String[]> columns = new ArrayList<>();
    for (TierStats t : tiers) {
      columns.add(SummaryText.column(t, currency));
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
      for (int row = 0; row <= SummaryText.MEASURES.size(); row++) {
        StringBuilder line = new StringBuilder();
        line.append(pad(row == 0 ? "" : SummaryText.MEASURES.get(row - 1), labelWidth, false));
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
        out.append(SummaryText.emptyTier(t)).append(NL);
      }
    }
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
    out.append("  ")
        .append(pad(SummaryText.GINI_LABEL, 31, false))
        .append(c.gini().toPlainString())
        .append("  ")
        .append(SummaryText.GINI_NOTE)
        .append(NL);
    for (SummaryText.Figure f : SummaryText.figures(c)) {
      out.append("  ")
          .append(pad(f.label(), 31, false))
          .append(pad(f.value(), 6, true))
          .append(f.unit())
          .append(NL);
    }
  }
}

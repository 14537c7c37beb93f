package dev.segment.report;

import static dev.segment.report.Wrapping.WIDTH;
import static dev.segment.report.Wrapping.wrap;

import dev.segment.model.Concentration;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.TierStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the human report for the terminal: how the input was read, totals, the rule, the tier
 * table, concentration, the decision sections (in {@link DecisionSections#all}'s order, laid out by
 * {@link TerminalSections} from the sections report.html shows), and the files written; at most 100
 * columns wide except where a label or path given by the user is longer.
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
    TerminalSections.write(SkippedText.section(r.input().skipped()).stream().toList(), out);
    CurrencyNotes.write(r.input(), out);
    TerminalSections.write(InputNotes.sections(r.input()), out);
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
    // The decision sections with the earlier file by its path: the terminal is the user's own.
    TerminalSections.write(DecisionSections.all(r, currency, path -> path), out);
    out.append(NL);
    files(written, out);
  }

  private static void files(List<Path> written, Appendable out) throws IOException {
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

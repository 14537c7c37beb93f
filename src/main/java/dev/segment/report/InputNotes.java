package dev.segment.report;

import static dev.segment.report.Wrapping.wrap;
import static dev.segment.text.PrintableText.escape;

import dev.segment.hints.Values;
import dev.segment.model.AmountKind;
import dev.segment.model.AmountReading;
import dev.segment.model.FactorHints;
import dev.segment.model.FilterCount;
import dev.segment.model.InputSummary;
import dev.segment.model.IntervalHint;
import dev.segment.model.ReadHint;
import dev.segment.model.StatusNote;
import dev.segment.model.ValueCounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the report says about the rows a billing export's options read and left out: the amounts'
 * formula, the rows each {@code --where} filtered, the interval warning and the status note. The
 * warning's one line for standard error comes from here too, so both say the same.
 */
public final class InputNotes {
  private static final String NL = "\n";

  private InputNotes() {}

  /**
   * The money column as read: {@code MRR "Amount" × quantity "Seats"}, or under an interval {@code
   * price "Amount" per interval "Interval" …, made annual (MRR = ARR / 12)}.
   */
  static String amountColumn(InputSummary in) {
    AmountReading r = in.reading();
    String amount = '"' + escape(in.amountColumn()) + '"';
    StringBuilder s = new StringBuilder();
    if (r.intervalColumn().isPresent()) {
      s.append("price ").append(amount).append(" per interval \"");
      s.append(escape(r.intervalColumn().get())).append('"');
      r.intervalCountColumn()
          .ifPresent(c -> s.append(" (intervals a period \"").append(escape(c)).append("\")"));
    } else {
      s.append(in.amountKind() == AmountKind.ARR ? "ARR " : "MRR ");
      s.append(amount);
    }
    r.quantityColumn().ifPresent(c -> s.append(" × quantity \"").append(escape(c)).append('"'));
    if (r.minorUnits()) {
      s.append(" in minor units (cents)");
    }
    if (r.intervalColumn().isPresent()) {
      s.append(", made annual (MRR = ARR / 12)");
    } else if (in.amountKind() == AmountKind.ARR) {
      s.append(" (MRR = ARR / 12)");
    }
    return s.toString();
  }

  /** {@code , 2 filtered} for the rows line, or nothing when no --where was given. */
  static String filteredCount(InputSummary in) {
    return in.filtered().isEmpty() ? "" : ", " + Display.count(in.filteredTotal()) + " filtered";
  }

  static final String FILTERED_HEADING =
      "Filtered rows (--where; a row counts under the first it fails)";

  static final String RULES_HEADING =
      "Filtered rows (--where and the date rules; a row counts under the first it fails)";

  /** The heading: the --where one, or one naming the date rules when they filtered too. */
  static String filteredHeading(InputSummary in) {
    for (FilterCount f : in.filtered()) {
      if (f.reason() != FilterCount.Reason.WHERE) {
        return RULES_HEADING;
      }
    }
    return FILTERED_HEADING;
  }

  private static List<String> filteredLines(InputSummary in) {
    List<String> lines = new ArrayList<>();
    for (FilterCount f : in.filtered()) {
      lines.add(DateReadingText.filtered(f));
    }
    return lines;
  }

  /**
   * The interval, quantity and interval count warnings and the status note, each under its heading,
   * when the input has them.
   */
  static void hints(InputSummary in, Appendable out) throws IOException {
    for (String warning : reportWarnings(in)) {
      out.append(NL);
      wrap(warning, "", "  ", out);
    }
    for (String note : reportNotes(in)) {
      out.append(NL);
      wrap(note, "", "  ", out);
    }
    List<String> status = statusLines(in);
    if (!status.isEmpty()) {
      out.append(NL);
      wrap(status.get(0), "", "  ", out);
      if (status.size() > 1) {
        wrap(status.get(1), "  ", "  ", out);
      }
    }
  }

  /**
   * The rows each --where (and date rule) left out, one list item per expression (zero counts
   * kept), when any filter was given: a section of the terminal report and of report.html.
   */
  static List<ReportView.Section> sections(InputSummary in) {
    List<ReportView.Section> sections = new ArrayList<>();
    if (!in.filtered().isEmpty()) {
      sections.add(
          new ReportView.Section(
              "filtered", filteredHeading(in), new ReportView.Items(filteredLines(in))));
    }
    return sections;
  }

  /**
   * report.html's notices at the top of the page: what {@link #hints} prints, the same lines, and a
   * pointer to the filtered rows, so a printed page has them above the totals they qualify, as the
   * terminal has its warnings above {@code Total MRR}.
   */
  static List<ReportView.Notice> notices(InputSummary in) {
    List<ReportView.Notice> notices = new ArrayList<>();
    if (!in.filtered().isEmpty()) {
      // No count here: the page has the terminal's figures and no others (the rows line has it).
      notices.add(
          new ReportView.Notice(
              List.of("Rows filtered out (by a filter of the run) are left out of these totals."),
              Optional.of(
                  new ReportView.Link(
                      "filtered", "See Filtered rows in How these figures were made."))));
    }
    for (String warning : reportWarnings(in)) {
      notices.add(new ReportView.Notice(List.of(warning)));
    }
    for (String note : reportNotes(in)) {
      notices.add(new ReportView.Notice(List.of(note)));
    }
    List<String> status = statusLines(in);
    if (!status.isEmpty()) {
      notices.add(new ReportView.Notice(status));
    }
    return notices;
  }

  /** {@code Warning: "Amount" may hold prices per billing interval, …}, when the input has one. */
  private static Optional<String> intervalWarning(InputSummary in) {
    return in.intervalHint().map(h -> "Warning: " + intervalWarning(in.amountColumn(), h));
  }

  /** The status note, then the --where it suggests, when there is one; empty without a note. */
  private static List<String> statusLines(InputSummary in) {
    List<String> lines = new ArrayList<>();
    if (in.statusNote().isPresent()) {
      StatusNote note = in.statusNote().get();
      lines.add(
          "Status column \""
              + escape(note.column())
              + "\" (no --where names it): "
              + values(note.values()));
      note.suggestedWhere()
          .ifPresent(
              w ->
                  lines.add(
                      "To read only the subscriptions still paying, add --where \""
                          + escape(w)
                          + "\""));
    }
    return lines;
  }

  /**
   * The warning lines for standard error, none when there is nothing to warn of; {@code --strict}
   * refuses a run that has any.
   */
  public static List<String> warnings(InputSummary in) {
    List<String> lines = new ArrayList<>();
    for (String w : warningTexts(in)) {
      lines.add("warning: " + w);
    }
    return lines;
  }

  /** The warnings without their {@code warning:} label, as the JSON's {@code warnings} has them. */
  public static List<String> warningTexts(InputSummary in) {
    List<String> lines = new ArrayList<>();
    in.intervalHint().ifPresent(h -> lines.add(intervalWarning(in.amountColumn(), h)));
    quantityWarning(in).ifPresent(lines::add);
    countWarning(in).ifPresent(lines::add);
    for (ReadHint h : in.readHints()) {
      if (h.warning()) {
        lines.add(escape(h.text()));
      }
    }
    return lines;
  }

  /** The notes (never refused by {@code --strict}), as the JSON's {@code notes} has them. */
  public static List<String> noteTexts(InputSummary in) {
    List<String> lines = new ArrayList<>();
    for (ReadHint h : in.readHints()) {
      if (!h.warning()) {
        lines.add(escape(h.text()));
      }
    }
    lines.addAll(statusLines(in));
    return lines;
  }

  /** The cells' notes, each beginning {@code Note:}. */
  private static List<String> reportNotes(InputSummary in) {
    List<String> lines = new ArrayList<>();
    for (ReadHint h : in.readHints()) {
      if (!h.warning()) {
        lines.add("Note: " + escape(h.text()));
      }
    }
    return lines;
  }

  /**
   * The report's warnings, each beginning {@code Warning:}, in the order standard error has them.
   */
  private static List<String> reportWarnings(InputSummary in) {
    List<String> lines = new ArrayList<>();
    intervalWarning(in).ifPresent(lines::add);
    quantityWarning(in).ifPresent(w -> lines.add("Warning: " + w));
    countWarning(in).ifPresent(w -> lines.add("Warning: " + w));
    for (ReadHint h : in.readHints()) {
      if (h.warning()) {
        lines.add("Warning: " + escape(h.text()));
      }
    }
    return lines;
  }

  private static Optional<String> quantityWarning(InputSummary in) {
    return in.factorHints()
        .quantity()
        .map(
            h ->
                factorWarning(
                    in, h, "one unit's price", "it counts seats or units", "--quantity-column"));
  }

  private static Optional<String> countWarning(InputSummary in) {
    return in.factorHints()
        .intervalCount()
        .map(
            h ->
                factorWarning(
                    in,
                    h,
                    "the price of one billing interval",
                    "it counts the intervals a price covers",
                    "--interval-count-column"));
  }

  /** A factor column left unread: what the amount is read as, what the column may be, the fix. */
  private static String factorWarning(
      InputSummary in, FactorHints.Column h, String readAs, String ifItCounts, String option) {
    return "\""
        + escape(in.amountColumn())
        + "\" is read as "
        + readAs
        + ", but column \""
        + escape(h.column())
        + "\" holds "
        + values(h.values())
        + "; if "
        + ifItCounts
        + ", add "
        + option
        + " \""
        + escape(h.column())
        + "\"";
  }

  private static String intervalWarning(String amountColumn, IntervalHint hint) {
    return "\""
        + escape(amountColumn)
        + "\" may hold prices per billing interval, not MRR: column \""
        + escape(hint.column())
        + "\" holds "
        + values(hint.values())
        + "; if so, add --interval-column \""
        + escape(hint.column())
        + "\"";
  }

  /** {@code active (120 rows), canceled (8), (empty) (2) and 3 other values (4 rows)}. */
  static String values(ValueCounts counts) {
    return Values.list(counts);
  }
}

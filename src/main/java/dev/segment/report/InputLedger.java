package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.Exclusions;
import dev.segment.model.InputSummary;
import dev.segment.model.RollUp;
import dev.segment.model.Segmentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the input was read, worded once for the terminal report's first lines and report.html's Input
 * section: the file, its columns and dialect, the rows and the customers.
 *
 * <p>{@code readOn} says how MRR was read on a date (SPEC "MRR on a date"), when it was.
 *
 * <p>A new line of the ledger is a component here, a line in {@link TerminalReport} and a fact in
 * {@link #facts()}.
 */
record InputLedger(
    String source,
    String columns,
    String dialect,
    String rows,
    String notRows,
    String customers,
    Optional<String> rollUp,
    Optional<String> readOn) {

  static InputLedger of(InputSummary in, Segmentation s, Exclusions ex, int onCurve) {
    return new InputLedger(
        escape(InputSummary.nameOf(in.source())),
        columns(in, s),
        dialect(in)
            + ", currency "
            + (in.currency().isEmpty() ? "not named in the file" : in.currency()),
        Display.count(in.rowsRead())
            + " read: "
            + Display.count(in.rowsUsed())
            + " used, "
            + Display.count(in.skipped().total())
            + " skipped"
            + InputNotes.filteredCount(in)
            + "; "
            + Display.count(in.merged())
            + " merged into a customer's earlier row",
        Display.plural(in.footerLines(), "footer line", "footer lines")
            + " and "
            + Display.plural(in.blankLines(), "blank line", "blank lines")
            + " left out (not rows)",
        customers(in, ex, onCurve),
        in.rollUp().map(InputLedger::rollUp),
        in.reading().dated().map(DateReadingText::line));
  }

  /** The page's facts, line for line as the terminal prints them. */
  List<ReportView.Fact> facts() {
    List<ReportView.Fact> facts =
        new ArrayList<>(
            List.of(
                new ReportView.Fact("Input", source),
                new ReportView.Fact("", columns),
                new ReportView.Fact("", dialect)));
    readOn.ifPresent(r -> facts.add(new ReportView.Fact("Read", r)));
    facts.addAll(
        List.of(
            new ReportView.Fact("Rows", rows),
            new ReportView.Fact("", notRows),
            new ReportView.Fact("Customers", customers)));
    rollUp.ifPresent(r -> facts.add(new ReportView.Fact("Roll-up", r)));
    return List.copyOf(facts);
  }

  /** How many accounts went into how many parents ({@code --parent-column}). */
  static String rollUp(RollUp r) {
    StringBuilder line =
        new StringBuilder()
            .append(Display.plural(r.accounts(), "account", "accounts"))
            .append(" rolled up into ")
            .append(Display.plural(r.parents(), "parent", "parents"))
            .append(" by \"")
            .append(escape(r.column()))
            .append('"');
    if (r.accounts() > 0) {
      line.append(", up to ").append(Display.plural(r.levels(), "level", "levels"));
    }
    if (r.parentsWithoutRow() > 0) {
      line.append("; ")
          .append(
              Display.plural(
                  r.parentsWithoutRow(),
                  "parent has no row of its own (so no name)",
                  "parents have no row of their own (so no name)"));
    }
    return line.toString();
  }

  private static String columns(InputSummary in, Segmentation s) {
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
    return columns.toString();
  }

  private static String customers(InputSummary in, Exclusions ex, int onCurve) {
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
    return customers.toString();
  }

  /**
   * {@code delimiter comma}, or for a workbook the sheet read, {@code sheet "Customers"}: its cells
   * have no delimiter.
   */
  private static String dialect(InputSummary in) {
    return in.sheet()
        .map(name -> "sheet \"" + escape(name) + '"')
        .orElseGet(() -> "delimiter " + delimiterName(in.delimiter()));
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

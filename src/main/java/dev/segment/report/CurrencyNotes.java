package dev.segment.report;

import dev.segment.model.AmountKind;
import dev.segment.model.CurrencyTable;
import dev.segment.model.InputSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "Currencies" section with {@code --rates}, in the terminal report and {@code report.html}:
 * each currency's rows, its sum as written, the rate and the sum in the base currency.
 */
final class CurrencyNotes {
  private static final String NL = "\n";

  private CurrencyNotes() {}

  /** The same figures as a section of {@code report.html}, when {@code --rates} was given. */
  static Optional<ReportView.Section> section(InputSummary in) {
    if (in.currencies().isEmpty()) {
      return Optional.empty();
    }
    CurrencyTable table = in.currencies().get();
    List<List<String>> rows = new ArrayList<>();
    for (CurrencyTable.Line line : table.currencies()) {
      rows.add(
          List.of(
              line.code(),
              Display.count(line.rows()),
              Display.money(line.written(), line.code()),
              line.rate().stripTrailingZeros().toPlainString(),
              Display.money(line.converted(), table.base())));
    }
    return Optional.of(
        new ReportView.Section(
            "currencies",
            "Currencies" + annual(in),
            new ReportView.Paragraph(
                (in.reading().intervalColumn().isPresent()
                        ? "Each row was made annual and"
                        : "Each row was")
                    + " converted into "
                    + table.base()
                    + " before it was summed."),
            new ReportView.Table(
                Optional.empty(),
                List.of("Currency", "Rows", "Sum as written", "Rate", "In " + table.base()),
                rows,
                1,
                false)));
  }

  /**
   * Under --interval-column each row's value is a year's (the formula makes it annual before MRR =
   * ARR / 12), as it is under --arr-column, so the sums are ARR beside the report's monthly total;
   * the heading says so.
   */
  private static String annual(InputSummary in) {
    return in.reading().intervalColumn().isPresent() || in.amountKind() == AmountKind.ARR
        ? ", a year's amounts (ARR)"
        : "";
  }

  static void write(InputSummary in, Appendable out) throws IOException {
    if (in.currencies().isEmpty()) {
      return;
    }
    CurrencyTable table = in.currencies().get();
    out.append(NL)
        .append("Currencies")
        .append(annual(in))
        .append(", converted into ")
        .append(table.base())
        .append(" before summing")
        .append(NL);
    List<String[]> rows = new ArrayList<>();
    for (CurrencyTable.Line line : table.currencies()) {
      rows.add(
          new String[] {
            line.code(),
            Display.plural(line.rows(), "row", "rows"),
            Display.money(line.written(), line.code()),
            "× " + line.rate().stripTrailingZeros().toPlainString(),
            "= " + Display.money(line.converted(), table.base())
          });
    }
    int[] widths = new int[5];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        widths[c] = Math.max(widths[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < r.length; c++) {
        // Counts and amounts right-aligned, so their digits line up; codes and rates left.
        boolean right = c == 1 || c == 2;
        String pad = " ".repeat(widths[c] - r[c].length());
        line.append(right ? pad + r[c] : r[c] + (c < r.length - 1 ? pad : ""));
        if (c < r.length - 1) {
          line.append("  ");
        }
      }
      out.append(line).append(NL);
    }
  }
}

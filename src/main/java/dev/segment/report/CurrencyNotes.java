package dev.segment.report;

import dev.segment.model.CurrencyTable;
import dev.segment.model.InputSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal report's "Currencies" section with {@code --rates}: each currency's rows, its sum as
 * written, the rate and the sum in the base currency, in columns.
 */
final class CurrencyNotes {
  private static final String NL = "\n";

  private CurrencyNotes() {}

  static void write(InputSummary in, Appendable out) throws IOException {
    if (in.currencies().isEmpty()) {
      return;
    }
    CurrencyTable table = in.currencies().get();
    out.append(NL)
        .append("Currencies (--rates), converted into ")
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

package dev.segment.hints;

import static dev.segment.hints.CellHints.COUNT_WORDS;
import static dev.segment.hints.CellHints.QUANTITY_WORDS;
import static dev.segment.hints.CellHints.holdsAny;
import static dev.segment.hints.CellHints.unused;
import static dev.segment.hints.CellHints.warning;

import dev.segment.hints.CellHints.Reading;
import dev.segment.model.ReadHint;
import java.util.List;
import java.util.Map;

/**
 * The amount-factor rules of {@link CellHints}: an unread interval, count or quantity column beside
 * a price, and amounts that look like cents.
 */
final class FactorRules {
  private FactorRules() {}

  static void interval(Reading r, List<ReadHint> out) {
    // Under a service period or a trailing window the dates say what a row pays for.
    if (r.options().interval() || r.options().dated()) {
      return;
    }
    for (int c = 0; c < r.header().size(); c++) {
      if (!unused(r, c)) {
        continue;
      }
      ColumnCells cells = r.cells()[c];
      if (cells.nonEmpty() == 0 || cells.numbers() > 0) {
        continue;
      }
      long words = 0;
      for (Map.Entry<String, Long> e : cells.values().entrySet()) {
        if (r.intervalWord().test(e.getKey())) {
          words += e.getValue();
        }
      }
      if (words * 10 >= cells.nonEmpty() * 9) {
        out.add(
            warning(
                "interval",
                "\""
                    + r.header().get(r.amount())
                    + "\" may hold prices per billing interval, not MRR: column \""
                    + r.header().get(c)
                    + "\" holds "
                    + Values.list(cells.counts())
                    + "; if so, add --interval-column \""
                    + r.header().get(c)
                    + "\"",
                r.header().get(c),
                "--interval-column",
                cells.counts()));
        return;
      }
    }
  }

  /** The column the interval warning names, when the cells name one (see {@link #interval}). */
  static void count(Reading r, List<ReadHint> out) {
    if (!r.options().interval() || r.options().intervalCount()) {
      return;
    }
    for (int c = 0; c < r.header().size(); c++) {
      if (!unused(r, c) || !holdsAny(r.normal().get(c), COUNT_WORDS)) {
        continue;
      }
      ColumnCells cells = r.cells()[c];
      if (cells.nonEmpty() > 0 && cells.wholes() == cells.nonEmpty() && cells.aboveOne() > 0) {
        out.add(
            factor(
                r,
                c,
                "count",
                "the price of one billing interval",
                "it counts the intervals a price covers",
                "--interval-count-column"));
        return;
      }
    }
  }

  static void quantity(Reading r, List<ReadHint> out) {
    // A ledger line's amount is already its quantity times the price.
    if (r.options().quantity() || r.options().arr() || r.options().dated()) {
      return;
    }
    for (int c = 0; c < r.header().size(); c++) {
      if (!unused(r, c) || !holdsAny(r.normal().get(c), QUANTITY_WORDS)) {
        continue;
      }
      ColumnCells cells = r.cells()[c];
      // 90% as for intervals: one "two" typed in a seats column does not make it text.
      if (cells.nonEmpty() > 0
          && cells.numbers() * 10 >= cells.nonEmpty() * 9
          && cells.notOne() > 0) {
        out.add(
            factor(
                r,
                c,
                "quantity",
                "one unit's price",
                "it counts seats or units",
                "--quantity-column"));
        return;
      }
    }
  }

  private static ReadHint factor(
      Reading r, int c, String kind, String readAs, String ifItCounts, String option) {
    return warning(
        kind,
        "\""
            + r.header().get(r.amount())
            + "\" is read as "
            + readAs
            + ", but column \""
            + r.header().get(c)
            + "\" holds "
            + Values.list(r.cells()[c].counts())
            + "; if "
            + ifItCounts
            + ", add "
            + option
            + " \""
            + r.header().get(c)
            + "\"",
        r.header().get(c),
        option,
        r.cells()[c].counts());
  }

  static void cents(Reading r, List<ReadHint> out) {
    AmountCells a = r.amounts();
    if (a == null || a.rows() == 0 || !a.allWhole() || !a.medianAtLeastThousand()) {
      return;
    }
    out.add(
        warning(
            "cents",
            "every amount in \""
                + r.header().get(r.amount())
                + "\" is a whole number and half or more are 1,000 or above: they may be cents;"
                + " if so, add --minor-units",
            r.header().get(r.amount()),
            "--minor-units"));
  }
}

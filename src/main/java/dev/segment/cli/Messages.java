package dev.segment.cli;

import dev.segment.model.Exclusions;
import dev.segment.model.FilterCount;
import dev.segment.model.InputSummary;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import dev.segment.report.DateReadingText;
import dev.segment.report.SkippedText;
import java.util.StringJoiner;

/** The sentences the CLI says about the input, shared by warnings and errors. */
final class Messages {
  private Messages() {}

  /**
   * A hint for non-numeric amounts in a semicolon file read without --decimal-comma: that is how a
   * European Excel saves {@code 1.234,50}, and the skip list alone does not say what to do.
   */
  static String decimalCommaHint(InputSummary input, boolean decimalComma) {
    boolean nonNumeric =
        input.skipped().tallies().stream().anyMatch(t -> t.reason() == SkipReason.NON_NUMERIC_MRR);
    if (decimalComma || !nonNumeric || input.delimiter() != ';') {
      return "";
    }
    return "; if the amounts are written like 1.234,50, add --decimal-comma";
  }

  /**
   * A hint for non-numeric amounts under --minor-units: an export in whole units ({@code 49.00})
   * read with that option has every amount skipped as non-numeric, which alone reads as a broken
   * file rather than a wrong option.
   */
  static String minorUnitsHint(InputSummary input) {
    boolean nonNumeric =
        input.skipped().tallies().stream().anyMatch(t -> t.reason() == SkipReason.NON_NUMERIC_MRR);
    if (!input.reading().minorUnits() || !nonNumeric) {
      return "";
    }
    return "; under --minor-units an amount is a whole number of cents (4999, not 49.99):"
        + " for amounts written 49.99, leave --minor-units out";
  }

  /**
   * Why --strict stopped the run: the skip counts, then the first skipped row of the file with the
   * column at fault, so the fix can start there.
   */
  static String strict(InputSummary input) {
    SkippedRows.Tally first = input.skipped().tallies().get(0);
    for (SkippedRows.Tally t : input.skipped().tallies()) {
      if (t.firstLines().get(0) < first.firstLines().get(0)) {
        first = t;
      }
    }
    String column =
        switch (first.reason()) {
          case MISSING_ID -> ", column \"" + input.idColumn() + "\"";
          case EMPTY_MRR, NON_NUMERIC_MRR -> ", column \"" + input.amountColumn() + "\"";
          case SHIFTED_COLUMNS -> "";
          case INTERVAL ->
              ", column \""
                  + input.reading().intervalColumn().orElse("")
                  + "\""
                  + input.reading().intervalCountColumn().map(c -> " or \"" + c + "\"").orElse("");
          case QUANTITY -> ", column \"" + input.reading().quantityColumn().orElse("") + "\"";
          case DATE, PERIOD, RATE ->
              first.firstValue().map(v -> ", value \"" + v.strip() + "\"").orElse("");
        };
    return input.source()
        + ": "
        + SkippedText.summary(input.skipped())
        + "; --strict allows none (first: line "
        + first.firstLines().get(0)
        + column
        + ", "
        + first.reason().description()
        + ")";
  }

  /**
   * Why --strict stopped a run whose reading segment doubts: the warnings are printed above this
   * line, so it counts them and says nothing was written.
   */
  static String strictDoubt(InputSummary input, int warnings) {
    return input.source()
        + ": --strict refuses a reading in doubt ("
        + (warnings == 1 ? "the warning" : warnings + " warnings")
        + " above); follow "
        + (warnings == 1 ? "it" : "them")
        + " or name the columns outright, nothing was written";
  }

  /** Why no customer is left on the curve. */
  static String noCustomers(InputSummary input, Exclusions excluded, boolean pins) {
    String source = input.source();
    if (pins && excluded.total() < input.customers() && input.rowsUsed() > 0) {
      return source
          + ": no customers left on the curve: every customer not excluded is pinned,"
          + " and the cuts need a curve; pin fewer customers";
    }
    if (input.rowsRead() == 0) {
      return source + ": no customers: the file has a header but no data rows";
    }
    if (input.rowsUsed() == 0 && input.filteredTotal() > 0) {
      StringJoiner where = new StringJoiner(", ");
      for (FilterCount f : input.filtered()) {
        if (f.rows() > 0) {
          where.add(DateReadingText.filtered(f));
        }
      }
      return source
          + ": no customers: every row was filtered out ("
          + where
          + ")"
          + (input.skipped().isEmpty()
              ? ""
              : " or skipped, " + SkippedText.summary(input.skipped()))
          + "; check the --where values against the column's cells";
    }
    if (input.rowsUsed() == 0) {
      return source
          + ": no customers: every row was skipped, "
          + SkippedText.summary(input.skipped());
    }
    StringJoiner why = new StringJoiner(" and ");
    if (excluded.negativeCustomers() > 0) {
      why.add(excluded.negativeCustomers() + " with negative MRR");
    }
    if (excluded.zeroCustomers() > 0) {
      why.add(excluded.zeroCustomers() + " at zero MRR (--exclude-zero)");
    }
    return source
        + ": no customers left on the curve: all "
        + input.customers()
        + " were excluded ("
        + why
        + ")";
  }
}

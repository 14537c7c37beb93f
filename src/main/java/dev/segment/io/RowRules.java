package dev.segment.io;

import dev.segment.dates.TrailingWindow;
import dev.segment.model.SkippedRows;
import dev.segment.rows.OlderVersions;
import dev.segment.rows.RowDates;
import dev.segment.rows.RowStep;
import dev.segment.rows.ServicePeriods;
import dev.segment.rows.TrailingDates;
import java.util.List;

/**
 * The row steps of SPEC "MRR on a date" for a file with this header, one set per tally: {@code
 * --latest} ({@link OlderVersions}), the date rule ({@link ServicePeriods} for period or validity
 * columns, {@link TrailingDates} for a trailing window) and the rate column the currency step
 * reads. Their columns are named here, so a missing one fails before any row is read.
 */
final class RowRules {
  private final RowStep older;
  private final RowStep dated;
  private final int rateColumn;
  private final boolean rateInverse;

  private RowRules(
      List<String> header, String label, LedgerOptions options, SkippedRows.Collector skipped) {
    RowDates dates =
        new RowDates(
            label, options.dateFormat(), options.asOf().map(d -> (int) d.toEpochDay()).orElse(0));
    this.dated = dated(header, label, options, dates, skipped);
    String rateOption = options.rateInverse() ? "--rate-column-inverse" : "--rate-column";
    this.rateColumn =
        options
            .rateColumn()
            .map(c -> ColumnResolver.column(header, label, rateOption, c))
            .orElse(-1);
    this.rateInverse = options.rateInverse();
    this.older = older(header, label, options);
  }

  /**
   * The rules for a file with this header, or null when no option of the section is given.
   *
   * @param skipped the tally's skipped rows, where a date rule counts a row it skips
   */
  static RowRules of(
      List<String> header, String label, LedgerOptions options, SkippedRows.Collector skipped) {
    return options.active() ? new RowRules(header, label, options, skipped) : null;
  }

  private static RowStep dated(
      List<String> header,
      String label,
      LedgerOptions options,
      RowDates dates,
      SkippedRows.Collector skipped) {
    List<String> pair = options.periodColumns().or(options::validColumns).orElse(null);
    if (pair != null) {
      String option = options.periodColumns().isPresent() ? "--period-columns" : "--valid-columns";
      return new ServicePeriods(
          dates,
          ColumnResolver.column(header, label, option, pair.get(0)),
          ColumnResolver.column(header, label, option, pair.get(1)),
          options.periodColumns().isPresent(),
          options.endConvention().orElse(null),
          label + ": " + EndMessages.none(),
          option + " " + String.join(",", pair),
          skipped);
    }
    int dateColumn =
        options
            .dateColumn()
            .map(c -> ColumnResolver.column(header, label, "--date-column", c))
            .orElse(-1);
    if (options.trailing() == 0) {
      return null;
    }
    return new TrailingDates(
        dates,
        dateColumn,
        new TrailingWindow(dates.asOf(), options.trailing()),
        "--trailing " + options.trailing() + " --date-column " + options.dateColumn().get(),
        skipped);
  }

  private static RowStep older(List<String> header, String label, LedgerOptions options) {
    if (options.latest().isEmpty()) {
      return null;
    }
    if (options.found().comparedAs().isEmpty()) {
      // Older versions are known only from a first pass (FirstPass): without it none would be
      // dropped, silently.
      throw new IllegalStateException("--latest read without its first pass");
    }
    // Named here too, so a missing KEY or ORDER column fails before any row is read.
    List<String> keyOrder = options.latest().get();
    ColumnResolver.column(header, label, "--latest", keyOrder.get(0));
    ColumnResolver.column(header, label, "--latest", keyOrder.get(1));
    return new OlderVersions(
        options.found().olderVersions(), "--latest " + String.join(",", keyOrder));
  }

  /** The {@code --latest} step, or null. */
  RowStep older() {
    return older;
  }

  /** The date rule's step, or null. */
  RowStep dated() {
    return dated;
  }

  /** The rate column, or -1. */
  int rateColumn() {
    return rateColumn;
  }

  /** True when the rate column holds units of the row's currency per unit of the base. */
  boolean rateInverse() {
    return rateInverse;
  }
}

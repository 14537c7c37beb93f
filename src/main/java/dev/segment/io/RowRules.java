package dev.segment.io;

import dev.segment.dates.CellDates;
import dev.segment.dates.DateFormat;
import dev.segment.dates.PeriodEnd;
import dev.segment.dates.ServicePeriod;
import dev.segment.dates.TrailingWindow;
import dev.segment.model.DataException;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The row rules of SPEC "MRR on a date", one instance per tally: whether a row is an older version
 * ({@code --latest}), whether its service period, validity or date covers the as-of date, and the
 * share of a month its amount pays for ({@link #times()} ÷ {@link #over()}). Kept out of {@link
 * RowTally} so the plain path has one null check per row and no more; every date is read by {@link
 * CellDates} without exceptions.
 */
final class RowRules {
  /** The row counts. */
  static final int PASS = 0;

  /** Filtered, reason {@code period}: its period or validity does not cover the date. */
  static final int FILTER_PERIOD = 1;

  /** Filtered, reason {@code date}: dated outside the trailing window. */
  static final int FILTER_DATE = 2;

  /** Skipped, reason {@code date}: a date cell is no date ({@link #badValue()} names it). */
  static final int SKIP_DATE = 3;

  /** Skipped, reason {@code period}: a period of 0 days, or END before START. */
  static final int SKIP_PERIOD = 4;

  private static final BigDecimal ONE = BigDecimal.ONE;

  private final String label;
  private final DateFormat format;
  private final BitSet older;
  private final int asOf;
  private final int start;
  private final int end;
  private final boolean divides;
  private final PeriodEnd convention;
  private final int dateColumn;
  private final TrailingWindow window;
  private final int windowAfter;
  private final int rateColumn;
  private final boolean rateInverse;

  private BigDecimal times = ONE;
  private long over = 1;
  private String badValue;

  private RowRules(List<String> header, String label, LedgerOptions options) {
    this.label = label;
    this.format = options.dateFormat();
    this.older = options.latest().isPresent() ? options.found().olderVersions() : null;
    this.asOf = options.asOf().map(d -> (int) d.toEpochDay()).orElse(0);
    List<String> pair = options.periodColumns().or(options::validColumns).orElse(null);
    String option = options.periodColumns().isPresent() ? "--period-columns" : "--valid-columns";
    this.start = pair == null ? -1 : ColumnResolver.column(header, label, option, pair.get(0));
    this.end = pair == null ? -1 : ColumnResolver.column(header, label, option, pair.get(1));
    this.divides = options.periodColumns().isPresent();
    this.convention = options.endConvention().orElse(null);
    this.dateColumn =
        options
            .dateColumn()
            .map(c -> ColumnResolver.column(header, label, "--date-column", c))
            .orElse(-1);
    this.window = options.trailing() == 0 ? null : new TrailingWindow(asOf, options.trailing());
    this.windowAfter = window == null ? 0 : window.after();
    String rateOption = options.rateInverse() ? "--rate-column-inverse" : "--rate-column";
    this.rateColumn =
        options
            .rateColumn()
            .map(c -> ColumnResolver.column(header, label, rateOption, c))
            .orElse(-1);
    this.rateInverse = options.rateInverse();
    if (options.latest().isPresent() && options.found().comparedAs().isEmpty()) {
      // Older versions are known only from a first pass (FirstPass): without it none would be
      // dropped, silently.
      throw new IllegalStateException("--latest read without its first pass");
    }
    if (options.latest().isPresent()) {
      // Named here too, so a missing KEY or ORDER column fails before any row is read.
      ColumnResolver.column(header, label, "--latest", options.latest().get().get(0));
      ColumnResolver.column(header, label, "--latest", options.latest().get().get(1));
    }
  }

  /** The rules for a file with this header, or null when no option of the section is given. */
  static RowRules of(List<String> header, String label, LedgerOptions options) {
    return options.active() ? new RowRules(header, label, options) : null;
  }

  /** True when the row at this ordinal (records after the header) is an older version. */
  boolean olderVersion(long ordinal) {
    return older != null && ordinal <= Integer.MAX_VALUE && older.get((int) ordinal);
  }

  /**
   * Judges a row that passed {@code --where}: {@link #PASS} (then {@link #times()} and {@link
   * #over()} hold its month share) or why it is filtered or skipped.
   *
   * @throws DataException for a 2-digit year, which segment will not guess the century of
   */
  int judge(CSVRecord row, int size, long line) {
    times = ONE;
    over = 1;
    if (start >= 0) {
      String startCell = cell(row, size, start);
      int s = date(startCell, line);
      if (!CellDates.isDate(s)) {
        badValue = startCell;
        return SKIP_DATE;
      }
      String endCell = cell(row, size, end);
      if (endCell.isBlank()) {
        // Open-ended: a subscription with no end yet, its amount already monthly.
        return s <= asOf ? PASS : FILTER_PERIOD;
      }
      int e = date(endCell, line);
      if (!CellDates.isDate(e)) {
        badValue = endCell;
        return SKIP_DATE;
      }
      if (!divides) {
        return s <= asOf && asOf < e ? PASS : FILTER_PERIOD;
      }
      return period(s, e);
    }
    if (window != null) {
      String dateCell = cell(row, size, dateColumn);
      int d = date(dateCell, line);
      if (!CellDates.isDate(d)) {
        badValue = dateCell;
        return SKIP_DATE;
      }
      if (d <= windowAfter || d > asOf) {
        return FILTER_DATE;
      }
      over = window.months();
    }
    return PASS;
  }

  private int period(int s, int e) {
    if (e < s) {
      return SKIP_PERIOD;
    }
    long months = ServicePeriod.wholeMonths(s, e, convention);
    if (months > 0) {
      PeriodEnd shown = convention != null ? convention : ServicePeriod.shown(s, e);
      if (!ServicePeriod.covers(s, e, shown, asOf)) {
        return FILTER_PERIOD;
      }
      over = months;
      return PASS;
    }
    if (convention == null) {
      // The first pass found a convention whenever a row needs one; a file read without it
      // (standard input spooled, a test) meets the same message here.
      throw new DataException(label + ": " + EndMessages.none());
    }
    long days = ServicePeriod.days(s, e, convention);
    if (days <= 0) {
      return SKIP_PERIOD;
    }
    if (!ServicePeriod.covers(s, e, convention, asOf)) {
      return FILTER_PERIOD;
    }
    times = ServicePeriod.MEAN_MONTH_DAYS;
    over = days;
    return PASS;
  }

  private int date(String cell, long line) {
    int d = CellDates.epochDay(cell, format);
    if (d == CellDates.TWO_DIGIT_YEAR) {
      throw twoDigitYear(label, line, cell);
    }
    return d;
  }

  static DataException twoDigitYear(String label, long line, String cell) {
    return new DataException(
        label
            + ": line "
            + line
            + ": the date \""
            + cell.strip()
            + "\" has a 2-digit year, which segment will not guess the century of; save the"
            + " file with 4-digit years (12/1/2024)");
  }

  /** The multiplier of the row's month share: 30.436875 for a period counted in days, else 1. */
  BigDecimal times() {
    return times;
  }

  /** The divisor of the row's month share: its whole months, days or trailing months. */
  long over() {
    return over;
  }

  /** The cell at fault of the last {@link #SKIP_DATE}. */
  String badValue() {
    return badValue;
  }

  /** The rate column, or -1. */
  int rateColumn() {
    return rateColumn;
  }

  /** True when the rate column holds units of the row's currency per unit of the base. */
  boolean rateInverse() {
    return rateInverse;
  }

  /**
   * A rate cell as a decimal > 0 (digits with at most one {@code .}), or null: a rate that is
   * empty, not a number or not positive skips the row.
   */
  static BigDecimal rate(String cell) {
    String c = cell.strip();
    int digits = 0;
    boolean point = false;
    boolean nonZero = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '.' && !point) {
        point = true;
      } else if (ch >= '0' && ch <= '9') {
        digits++;
        nonZero |= ch != '0';
      } else {
        return null;
      }
    }
    if (digits == 0 || !nonZero) {
      return null;
    }
    return new BigDecimal(c.endsWith(".") ? c.substring(0, c.length() - 1) : c);
  }

  private static String cell(CSVRecord row, int size, int column) {
    return column < size ? row.get(column) : "";
  }
}

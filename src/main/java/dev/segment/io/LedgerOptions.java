package dev.segment.io;

import dev.segment.dates.DateFormat;
import dev.segment.dates.PeriodEnd;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The options of SPEC "MRR on a date" ({@code --as-of} for rows, {@code --date-format}, {@code
 * --period-columns}, {@code --period-end}, {@code --valid-columns}, {@code --trailing} with {@code
 * --date-column}, {@code --latest}, {@code --rate-column} and {@code --rate-column-inverse}),
 * checked together; and what a first pass over the file found for them ({@link Found}). Columns are
 * named as for {@code --id-column}.
 *
 * @param asOf the date MRR is read on
 * @param dateFormat how dates that are not ISO are written
 * @param periodColumns START and END of each row's service period
 * @param periodEnd the END convention given outright
 * @param validColumns START and END of when each row's price held
 * @param trailing the run-rate window in months, 0 without
 * @param dateColumn the column dating each row for {@code --trailing}
 * @param latest KEY and ORDER columns: one row per key, the greatest order
 * @param rateColumn each row's rate into the base currency
 * @param rateInverse the rate column holds units of the row's currency per unit of the base
 * @param found what the first pass found: the END convention, the older versions
 */
public record LedgerOptions(
    Optional<LocalDate> asOf,
    DateFormat dateFormat,
    Optional<List<String>> periodColumns,
    Optional<PeriodEnd> periodEnd,
    Optional<List<String>> validColumns,
    int trailing,
    Optional<String> dateColumn,
    Optional<List<String>> latest,
    Optional<String> rateColumn,
    boolean rateInverse,
    Found found) {

  /** No option of this section: every row read as before. */
  public static final LedgerOptions NONE =
      new LedgerOptions(
          Optional.empty(),
          DateFormat.ISO,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          0,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          Found.NOTHING);

  /**
   * What the first pass over the file found.
   *
   * @param periodEnd the END convention the whole-month rows showed (when not given)
   * @param olderVersions the ordinals (records after the header) of rows {@code --latest} drops
   * @param comparedAs how {@code --latest} compared ORDER cells: dates, numbers or text
   */
  public record Found(Optional<PeriodEnd> periodEnd, BitSet olderVersions, String comparedAs) {
    public static final Found NOTHING = new Found(Optional.empty(), new BitSet(), "");

    public Found {
      olderVersions = (BitSet) olderVersions.clone();
    }

    @Override
    public BitSet olderVersions() {
      return (BitSet) olderVersions.clone();
    }
  }

  public LedgerOptions {
    if (asOf == null
        || dateFormat == null
        || periodColumns == null
        || periodEnd == null
        || validColumns == null
        || dateColumn == null
        || latest == null
        || rateColumn == null
        || found == null) {
      throw new NullPointerException("ledger options must not be null; use Optional.empty()");
    }
    periodColumns = periodColumns.map(LedgerOptions::pair);
    validColumns = validColumns.map(LedgerOptions::pair);
    latest = latest.map(LedgerOptions::pair);
    boolean trailed = trailing != 0 || dateColumn.isPresent();
    if (periodColumns.isPresent() && asOf.isEmpty()) {
      throw new IllegalArgumentException(
          "--period-columns needs --as-of, the date MRR is read on (e.g. --as-of 2024-12-15)");
    }
    if (validColumns.isPresent() && asOf.isEmpty()) {
      throw new IllegalArgumentException(
          "--valid-columns needs --as-of, the date MRR is read on (e.g. --as-of 2024-12-15)");
    }
    if (trailed && asOf.isEmpty()) {
      throw new IllegalArgumentException(
          "--trailing needs --as-of, the last day of its window (e.g. --as-of 2024-12-31)");
    }
    if (trailing != 0 && dateColumn.isEmpty()) {
      throw new IllegalArgumentException(
          "--trailing needs --date-column, the column dating each row (e.g. --date-column Date)");
    }
    if (trailing == 0 && dateColumn.isPresent()) {
      throw new IllegalArgumentException(
          "--date-column needs --trailing MONTHS, the run-rate window it dates rows in (e.g."
              + " --trailing 12)");
    }
    if (trailing != 0) {
      trailingMonths(trailing);
    }
    if (periodColumns.isPresent() && trailed) {
      throw new IllegalArgumentException(
          "--period-columns and --trailing cannot be used together: use --period-columns when"
              + " rows have a service period, --trailing when they have one date");
    }
    if (validColumns.isPresent() && (periodColumns.isPresent() || trailed)) {
      throw new IllegalArgumentException(
          "--valid-columns cannot be used with "
              + (periodColumns.isPresent() ? "--period-columns" : "--trailing")
              + ": --valid-columns reads rows whose amount is already monthly, the other"
              + " divides each row's amount; pick the one that fits the file");
    }
    if (periodEnd.isPresent() && periodColumns.isEmpty()) {
      throw new IllegalArgumentException(
          "--period-end needs --period-columns START,END, whose END it describes");
    }
  }

  /** The months of a {@code --trailing} window, 1 to 36 (three years of a monthly ledger). */
  public static int trailingMonths(int months) {
    if (months < 1 || months > 36) {
      throw new IllegalArgumentException(
          "--trailing takes a whole number of months from 1 to 36, e.g. --trailing 12; got "
              + months);
    }
    return months;
  }

  private static List<String> pair(List<String> columns) {
    if (columns.size() != 2 || columns.get(0).isBlank() || columns.get(1).isBlank()) {
      throw new IllegalArgumentException("expected two columns, START,END");
    }
    return List.copyOf(columns);
  }

  /** True when any option of this section is given: the rows need {@link RowRules}. */
  public boolean active() {
    return periodColumns.isPresent()
        || validColumns.isPresent()
        || trailing != 0
        || latest.isPresent()
        || rateColumn.isPresent();
  }

  /** True when a row's amount needs the row formula: a period, a window or a rate divides it. */
  public boolean usesRowFormula() {
    return periodColumns.isPresent() || trailing != 0 || rateColumn.isPresent();
  }

  /** True when the file must be read once before its rows are: for {@code --latest} or END. */
  public boolean needsFirstPass() {
    return latest.isPresent() || (periodColumns.isPresent() && periodEnd.isEmpty());
  }

  /** These options with what the first pass found. */
  public LedgerOptions with(Found value) {
    return new LedgerOptions(
        asOf,
        dateFormat,
        periodColumns,
        periodEnd,
        validColumns,
        trailing,
        dateColumn,
        latest,
        rateColumn,
        rateInverse,
        value);
  }

  /** The END convention in force: given, else found by the first pass. */
  public Optional<PeriodEnd> endConvention() {
    return periodEnd.isPresent() ? periodEnd : found.periodEnd();
  }

  /** Ledger options set one at a time from {@link #NONE}; {@link #build} checks them together. */
  public static final class Builder {
    private Optional<LocalDate> asOf = Optional.empty();
    private DateFormat dateFormat = DateFormat.ISO;
    private Optional<List<String>> periodColumns = Optional.empty();
    private Optional<PeriodEnd> periodEnd = Optional.empty();
    private Optional<List<String>> validColumns = Optional.empty();
    private int trailing;
    private Optional<String> dateColumn = Optional.empty();
    private Optional<List<String>> latest = Optional.empty();
    private Optional<String> rateColumn = Optional.empty();
    private boolean rateInverse;

    public Builder asOf(String iso) {
      asOf = Optional.of(LocalDate.parse(iso));
      return this;
    }

    public Builder dateFormat(DateFormat value) {
      dateFormat = value;
      return this;
    }

    public Builder periodColumns(String start, String end) {
      periodColumns = Optional.of(List.of(start, end));
      return this;
    }

    public Builder periodEnd(PeriodEnd value) {
      periodEnd = Optional.of(value);
      return this;
    }

    public Builder validColumns(String start, String end) {
      validColumns = Optional.of(List.of(start, end));
      return this;
    }

    public Builder trailing(int months, String column) {
      trailing = months;
      dateColumn = Optional.of(column);
      return this;
    }

    public Builder latest(String key, String order) {
      latest = Optional.of(List.of(key, order));
      return this;
    }

    public Builder rateColumn(String column, boolean inverse) {
      rateColumn = Optional.of(column);
      rateInverse = inverse;
      return this;
    }

    public LedgerOptions build() {
      return new LedgerOptions(
          asOf,
          dateFormat,
          periodColumns,
          periodEnd,
          validColumns,
          trailing,
          dateColumn,
          latest,
          rateColumn,
          rateInverse,
          Found.NOTHING);
    }
  }
}

package dev.segment.model;

import java.util.List;
import java.util.Optional;

/**
 * What reading the input found: row counts, the columns used and the currency.
 *
 * @param source the path as given, or {@link #STANDARD_INPUT} when read from {@code -}
 * @param rowsRead data rows read (not the header, blank lines or footer lines): used + skipped +
 *     filtered
 * @param rowsUsed rows that went into a customer's MRR
 * @param footerLines report-export footer lines ({@code Grand Total …}) and the lines after them
 * @param blankLines blank lines, not rows
 * @param customers distinct ids among the used rows; with {@code --parent-column} the top accounts
 *     they were rolled up into
 * @param currency the ISO code seen (e.g. {@code USD}), or empty when the file names none
 * @param idColumn the header of the id column used
 * @param amountColumn the header of the MRR column, or of the ARR column with {@code --arr-column}
 * @param amountKind whether {@code amountColumn} holds MRR or ARR
 * @param nameColumn the header of the name column, or empty when there is none
 * @param delimiter the field delimiter used (sniffed or given); a workbook's cells are read as
 *     comma-separated text, so {@code ','} when {@code sheet} is present
 * @param filtered the rows each {@code --where} filtered out, one per expression in the order given
 * @param intervalHint the warning that the amounts may be per billing interval, when it applies
 * @param statusNote the values of a status column no {@code --where} names, when there is one
 * @param factorHints unused quantity or interval count columns whose values are not all 1
 * @param reading how the amounts became values (interval, quantity, minor units)
 * @param rollUp with {@code --parent-column}, how many accounts were rolled up into how many
 *     parents
 * @param currencies with {@code --rates} or {@code --base-currency}: each currency's rows and sums
 *     before and after its rate; {@code currency} is then the base currency
 * @param readHints the other warnings and notes the cells gave (statuses, cents, subscription ids,
 *     ledgers, parents …), warnings first; the interval, count and quantity ones are in {@code
 *     intervalHint} and {@code factorHints}
 * @param sheet for a workbook ({@code .xlsx}), the name of the sheet read; empty for a CSV file
 */
public record InputSummary(
    String source,
    long rowsRead,
    long rowsUsed,
    SkippedRows skipped,
    long footerLines,
    long blankLines,
    int customers,
    String currency,
    String idColumn,
    String amountColumn,
    AmountKind amountKind,
    String nameColumn,
    char delimiter,
    List<FilterCount> filtered,
    Optional<IntervalHint> intervalHint,
    Optional<StatusNote> statusNote,
    FactorHints factorHints,
    AmountReading reading,
    Optional<RollUp> rollUp,
    Optional<CurrencyTable> currencies,
    List<ReadHint> readHints,
    Optional<String> sheet) {

  public InputSummary {
    if (rollUp == null || factorHints == null || sheet == null) {
      throw new NullPointerException("rollUp, factorHints and sheet must not be null");
    }
    filtered = List.copyOf(filtered);
    readHints = List.copyOf(readHints);
    long filteredRows = 0;
    for (FilterCount f : filtered) {
      filteredRows += f.rows();
    }
    if (rowsRead != rowsUsed + skipped.total() + filteredRows) {
      throw new IllegalArgumentException(
          "rows read "
              + rowsRead
              + " != used "
              + rowsUsed
              + " + skipped "
              + skipped.total()
              + " + filtered "
              + filteredRows);
    }
  }

  /** A summary of a CSV file: no sheet. */
  public InputSummary(
      String source,
      long rowsRead,
      long rowsUsed,
      SkippedRows skipped,
      long footerLines,
      long blankLines,
      int customers,
      String currency,
      String idColumn,
      String amountColumn,
      AmountKind amountKind,
      String nameColumn,
      char delimiter,
      List<FilterCount> filtered,
      Optional<IntervalHint> intervalHint,
      Optional<StatusNote> statusNote,
      FactorHints factorHints,
      AmountReading reading,
      Optional<RollUp> rollUp,
      Optional<CurrencyTable> currencies,
      List<ReadHint> readHints) {
    this(
        source,
        rowsRead,
        rowsUsed,
        skipped,
        footerLines,
        blankLines,
        customers,
        currency,
        idColumn,
        amountColumn,
        amountKind,
        nameColumn,
        delimiter,
        filtered,
        intervalHint,
        statusNote,
        factorHints,
        reading,
        rollUp,
        currencies,
        readHints,
        Optional.empty());
  }

  /** A summary without read hints from the cells. */
  public InputSummary(
      String source,
      long rowsRead,
      long rowsUsed,
      SkippedRows skipped,
      long footerLines,
      long blankLines,
      int customers,
      String currency,
      String idColumn,
      String amountColumn,
      AmountKind amountKind,
      String nameColumn,
      char delimiter,
      List<FilterCount> filtered,
      Optional<IntervalHint> intervalHint,
      Optional<StatusNote> statusNote,
      FactorHints factorHints,
      AmountReading reading,
      Optional<RollUp> rollUp,
      Optional<CurrencyTable> currencies) {
    this(
        source,
        rowsRead,
        rowsUsed,
        skipped,
        footerLines,
        blankLines,
        customers,
        currency,
        idColumn,
        amountColumn,
        amountKind,
        nameColumn,
        delimiter,
        filtered,
        intervalHint,
        statusNote,
        factorHints,
        reading,
        rollUp,
        currencies,
        List.of());
  }

  /** A summary of a read with no filters, hints or row formula (as tests and samples build). */
  public InputSummary(
      String source,
      long rowsRead,
      long rowsUsed,
      SkippedRows skipped,
      long footerLines,
      long blankLines,
      int customers,
      String currency,
      String idColumn,
      String amountColumn,
      AmountKind amountKind,
      String nameColumn,
      char delimiter) {
    this(
        source,
        rowsRead,
        rowsUsed,
        skipped,
        footerLines,
        blankLines,
        customers,
        currency,
        idColumn,
        amountColumn,
        amountKind,
        nameColumn,
        delimiter,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        FactorHints.NONE,
        AmountReading.PLAIN,
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** The same summary with {@code hints} as its read hints. */
  public InputSummary withReadHints(List<ReadHint> hints) {
    return new InputSummary(
        source,
        rowsRead,
        rowsUsed,
        skipped,
        footerLines,
        blankLines,
        customers,
        currency,
        idColumn,
        amountColumn,
        amountKind,
        nameColumn,
        delimiter,
        filtered,
        intervalHint,
        statusNote,
        factorHints,
        reading,
        rollUp,
        currencies,
        hints,
        sheet);
  }

  /** The same summary of the workbook's sheet {@code name}, which was read. */
  public InputSummary withSheet(String name) {
    return new InputSummary(
        source,
        rowsRead,
        rowsUsed,
        skipped,
        footerLines,
        blankLines,
        customers,
        currency,
        idColumn,
        amountColumn,
        amountKind,
        nameColumn,
        delimiter,
        filtered,
        intervalHint,
        statusNote,
        factorHints,
        reading,
        rollUp,
        currencies,
        readHints,
        Optional.of(name));
  }

  /** Rows the {@code --where} filters left out, all expressions together. */
  public long filteredTotal() {
    long n = 0;
    for (FilterCount f : filtered) {
      n += f.rows();
    }
    return n;
  }

  /** What messages and the report call the input read from {@code -}. */
  public static final String STANDARD_INPUT = "standard input";

  /** {@code source} as messages name it: as given, or {@link #STANDARD_INPUT} for {@code -}. */
  public static String nameOf(String source) {
    return "-".equals(source) ? STANDARD_INPUT : source;
  }

  /** Used rows that were added to a customer already seen: rowsUsed − customers. */
  public long merged() {
    return rowsUsed - customers;
  }
}

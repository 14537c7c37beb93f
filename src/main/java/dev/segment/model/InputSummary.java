package dev.segment.model;

/**
 * What reading the input found: row counts, the columns used and the currency.
 *
 * @param source the path as given, or {@link #STANDARD_INPUT} when read from {@code -}
 * @param rowsRead data rows read (not the header, blank lines or footer lines): used + skipped
 * @param rowsUsed rows that went into a customer's MRR
 * @param footerLines report-export footer lines ({@code Grand Total …}) and the lines after them
 * @param blankLines blank lines, not rows
 * @param customers distinct ids among the used rows
 * @param currency the ISO code seen (e.g. {@code USD}), or empty when the file names none
 * @param idColumn the header of the id column used
 * @param amountColumn the header of the MRR column, or of the ARR column with {@code --arr-column}
 * @param amountKind whether {@code amountColumn} holds MRR or ARR
 * @param nameColumn the header of the name column, or empty when there is none
 * @param delimiter the field delimiter used (sniffed or given)
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
    char delimiter) {

  public InputSummary {
    if (rowsRead != rowsUsed + skipped.total()) {
      throw new IllegalArgumentException(
          "rows read " + rowsRead + " != used " + rowsUsed + " + skipped " + skipped.total());
    }
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

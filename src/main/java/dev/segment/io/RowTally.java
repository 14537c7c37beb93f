package dev.segment.io;

import dev.segment.model.CustomersBuilder;
import dev.segment.model.DataException;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * What the data rows of one stretch of the input add up to: customers, skipped rows, footer and
 * blank lines, the currencies written and where each first appeared. A whole file is one stretch; a
 * large file read in parts has one per part, merged in input order with {@link #absorb}, and line
 * numbers are then relative to the part's first line until it is absorbed.
 */
final class RowTally {
  private static final String[] NO_KEPT = new String[0];
  // Rows read ahead so that their ids' table slots are loaded together (CustomersBuilder.prefetch);
  // 16 and 64 measured the same as 32 (docs/PERFORMANCE.md).
  private static final int PREFETCH = 32;

  private final String label;
  private final int headerSize;
  private final ColumnLayout columns;
  private final MoneyParser money;
  private final CustomersBuilder builder;
  private final SkippedRows.Collector skipped = new SkippedRows.Collector();
  private final Map<String, Long> currencyFirstLines = new TreeMap<>();
  private final String[] lastCurrencyCells;
  // The builder copies kept values when it stores them, so one array serves every row.
  private final String[] keptValues;
  private long line;
  private long used;
  private long footerLines;
  private long blankLines;
  private boolean inFooter;
  private String lastCurrency;

  RowTally(String label, int headerSize, ColumnLayout columns, boolean decimalComma) {
    this.label = label;
    this.headerSize = headerSize;
    this.columns = columns;
    this.money = new MoneyParser(decimalComma);
    this.builder = new CustomersBuilder(columns.kind(), columns.keptHeaders());
    this.lastCurrencyCells = new String[columns.currencies().length];
    this.keptValues = columns.kept().length == 0 ? NO_KEPT : new String[columns.kept().length];
  }

  /**
   * Tallies every record {@code records} has left, a few at a time so that their ids' table slots
   * are loaded together (see {@link CustomersBuilder#prefetch}). A record that fails to parse is
   * thrown only after the rows before it are tallied, as one row at a time would.
   */
  void readAll(Records records) throws IOException {
    CSVRecord[] rows = new CSVRecord[PREFETCH];
    long[] lines = new long[PREFETCH];
    String[] ids = new String[PREFETCH];
    int idColumn = columns.id();
    Exception failure = null;
    while (failure == null) {
      int n = 0;
      CSVRecord row = null;
      while (n < PREFETCH) {
        try {
          row = records.next();
        } catch (IOException | RuntimeException e) {
          failure = e;
          break;
        }
        if (row == null) {
          break;
        }
        rows[n] = row;
        lines[n] = records.line();
        ids[n] = row.size() > idColumn ? row.get(idColumn).trim() : "";
        n++;
      }
      builder.prefetch(ids, n);
      for (int k = 0; k < n; k++) {
        line = lines[k];
        add(rows[k]);
      }
      if (row == null && failure == null) {
        return;
      }
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    throw (RuntimeException) failure;
  }

  /** The row logic: the hot path, so cells are read by index and nothing is thrown to skip. */
  private void add(CSVRecord row) {
    int first = firstNonBlank(row);
    if (first < 0) {
      blankLines++;
      return;
    }
    if (FooterRows.isTotalLabel(row.get(first))) {
      inFooter = true;
      footerLines++;
      return;
    }
    if (inFooter) {
      // Lines after a total that hold one cell are the export's notes; a full row is data again.
      // A note with an unquoted comma ("salesforce.com, inc.") still starts like a note.
      if (firstNonBlankAfter(row, first) < 0 || FooterRows.isNote(row.get(first))) {
        footerLines++;
        return;
      }
      inFooter = false;
    }

    int size = row.size();
    if (size > headerSize && firstNonBlankAfter(row, headerSize - 1) >= 0) {
      skipped.skip(SkipReason.SHIFTED_COLUMNS, line);
      return;
    }
    String id = cell(row, size, columns.id()).trim();
    if (id.isEmpty()) {
      skipped.skip(SkipReason.MISSING_ID, line);
      return;
    }
    String amount = cell(row, size, columns.amount());
    if (amount.isBlank()) {
      skipped.skip(SkipReason.EMPTY_MRR, line);
      return;
    }
    MoneyParser.Outcome outcome = money.parse(amount);
    if (outcome == MoneyParser.Outcome.NOT_A_NUMBER) {
      skipped.skip(SkipReason.NON_NUMERIC_MRR, line);
      return;
    }
    if (outcome == MoneyParser.Outcome.TOO_MANY_DIGITS) {
      throw tooManyDigits(amount);
    }

    String written = money.currency();
    if (written != null) {
      noteCurrency(written);
    }
    int[] currencyColumns = columns.currencies();
    for (int k = 0; k < currencyColumns.length; k++) {
      // A cell equal to the column's previous one names a currency already noted.
      String value = cell(row, size, currencyColumns[k]);
      if (!value.equals(lastCurrencyCells[k])) {
        lastCurrencyCells[k] = value;
        String code = Currencies.ofCell(value);
        if (code != null) {
          noteCurrency(code);
        }
      }
    }
    String name = columns.name() < 0 ? "" : cell(row, size, columns.name()).trim();
    int[] keptColumns = columns.kept();
    for (int k = 0; k < keptColumns.length; k++) {
      keptValues[k] = cell(row, size, keptColumns[k]);
    }
    try {
      builder.add(id, name, money.unscaled(), money.scale(), keptValues);
    } catch (DataException e) {
      // The builder's overflow message does not know where it happened.
      throw new DataException(label + ": line " + line + ": " + e.getMessage(), e);
    }
    used++;
  }

  /**
   * Adds the tally of the stretch that follows this one, whose line numbers start {@code
   * lineOffset} lines after this one's first line. The later tally must not be used again.
   */
  void absorb(RowTally later, long lineOffset) {
    builder.absorb(later.builder);
    skipped.absorb(later.skipped, lineOffset);
    for (Map.Entry<String, Long> e : later.currencyFirstLines.entrySet()) {
      currencyFirstLines.putIfAbsent(e.getKey(), e.getValue() + lineOffset);
    }
    used += later.used;
    footerLines += later.footerLines;
    blankLines += later.blankLines;
  }

  /** True after a total row, where the next lines are read as the export's notes. */
  boolean inFooter() {
    return inFooter;
  }

  CustomersBuilder builder() {
    return builder;
  }

  SkippedRows skipped() {
    return skipped.result();
  }

  Map<String, Long> currencyFirstLines() {
    return currencyFirstLines;
  }

  long used() {
    return used;
  }

  long footerLines() {
    return footerLines;
  }

  long blankLines() {
    return blankLines;
  }

  private void noteCurrency(String code) {
    if (!code.equals(lastCurrency)) {
      lastCurrency = code;
      currencyFirstLines.putIfAbsent(code, line);
    }
  }

  private DataException tooManyDigits(String amount) {
    String shown = amount.strip();
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "…";
    }
    return new DataException(
        label
            + ": line "
            + line
            + ": the amount "
            + shown
            + " has more than "
            + MoneyParser.MAX_DIGITS
            + " significant digits, more than segment adds exactly; check the column or round"
            + " the amounts");
  }

  private static String cell(CSVRecord row, int size, int column) {
    return column < size ? row.get(column) : "";
  }

  static int firstNonBlank(CSVRecord row) {
    return firstNonBlankAfter(row, -1);
  }

  /** The first non-blank cell after {@code column}, or -1. */
  private static int firstNonBlankAfter(CSVRecord row, int column) {
    for (int i = column + 1, n = row.size(); i < n; i++) {
      if (!row.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}

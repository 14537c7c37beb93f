package dev.segment.io;

import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a customer revenue CSV, as SPEC "Input" describes, into {@link Customers} and an {@link
 * InputSummary}: one pass over a stream, with a few thousand records in flight at most (the parser
 * runs a few batches ahead on its own thread, see RecordFeed), so its cost is the customers kept,
 * not the file's size.
 */
public final class CustomerCsvReader {
  private static final String[] NO_KEPT = new String[0];

  private final String label;
  private final RecordFeed records;
  private final MoneyParser money;
  private final SkippedRows.Collector skipped = new SkippedRows.Collector();
  private final Map<String, Long> currencyFirstLines = new TreeMap<>();
  private long line;
  private long used;
  private long footerLines;
  private long blankLines;
  private String lastCurrency;

  private CustomerCsvReader(String label, RecordFeed records, boolean decimalComma) {
    this.label = label;
    this.records = records;
    this.money = new MoneyParser(decimalComma);
  }

  /**
   * Streams {@code in} once and returns its customers. The stream is not closed: the caller owns
   * it.
   *
   * @param source the path as given, or {@code -} for standard input; messages name it
   * @throws DataException for input segment cannot use (exit 3): text invalid in the encoding, NUL
   *     bytes, an unclosed quote, a missing or ambiguous column, mixed currencies, an amount with
   *     more than 18 significant digits
   * @throws IOException when reading the stream fails
   */
  public static ReadResult read(InputStream in, String source, ReadOptions options)
      throws IOException {
    String label = "-".equals(source) ? "standard input" : source;
    DecodingReader decoding = new DecodingReader(in, options.encoding(), label);
    Reader text = decoding;
    char delimiter;
    if (options.delimiter().isPresent()) {
      delimiter = options.delimiter().get();
    } else {
      BufferedReader buffered = new BufferedReader(decoding, DelimiterSniffer.SAMPLE_CHARS + 1);
      buffered.mark(DelimiterSniffer.SAMPLE_CHARS + 1);
      char[] sample = new char[DelimiterSniffer.SAMPLE_CHARS + 1];
      int n = 0;
      int r;
      while (n < sample.length && (r = buffered.read(sample, n, sample.length - n)) >= 0) {
        n += r;
      }
      buffered.reset();
      delimiter =
          DelimiterSniffer.sniff(
              sample,
              Math.min(n, DelimiterSniffer.SAMPLE_CHARS),
              n <= DelimiterSniffer.SAMPLE_CHARS);
      text = buffered;
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();
    try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get();
        RecordFeed records = RecordFeed.start(parser, decoding)) {
      return new CustomerCsvReader(label, records, options.decimalComma())
          .readAll(source, options, delimiter);
    }
  }

  private ReadResult readAll(String source, ReadOptions options, char delimiter)
      throws IOException {
    CSVRecord headerRecord = next();
    while (headerRecord != null && firstNonBlank(headerRecord) < 0) {
      blankLines++;
      headerRecord = next();
    }
    if (headerRecord == null) {
      throw new DataException(
          label + ": the input is empty; segment needs a header row naming the id and MRR columns");
    }
    List<String> header = headerRecord.toList();
    ColumnLayout columns = ColumnResolver.resolve(header, options, label);
    Customers.Builder builder = new Customers.Builder(columns.kind(), columns.keptHeaders());
    readRows(header.size(), columns, builder);

    if (currencyFirstLines.size() > 1) {
      throw mixedCurrencies();
    }
    SkippedRows skips = skipped.result();
    InputSummary summary =
        new InputSummary(
            source,
            used + skips.total(),
            used,
            skips,
            footerLines,
            blankLines,
            builder.size(),
            currencyFirstLines.isEmpty() ? "" : currencyFirstLines.keySet().iterator().next(),
            header.get(columns.id()),
            header.get(columns.amount()),
            columns.kind(),
            columns.name() < 0 ? "" : header.get(columns.name()),
            delimiter);
    Customers customers;
    try {
      customers = builder.build();
    } catch (DataException e) {
      throw new DataException(label + ": " + e.getMessage(), e);
    }
    return new ReadResult(customers, summary);
  }

  /** The row loop: the hot path, so cells are read by index and nothing is thrown to skip a row. */
  private void readRows(int headerSize, ColumnLayout columns, Customers.Builder builder)
      throws IOException {
    int idColumn = columns.id();
    int amountColumn = columns.amount();
    int nameColumn = columns.name();
    int[] currencyColumns = columns.currencies();
    String[] lastCurrencyCells = new String[currencyColumns.length];
    int[] keptColumns = columns.kept();
    // The builder copies kept values when it stores them, so one array serves every row.
    String[] keptValues = keptColumns.length == 0 ? NO_KEPT : new String[keptColumns.length];
    boolean inFooter = false;

    for (CSVRecord row = next(); row != null; row = next()) {
      int first = firstNonBlank(row);
      if (first < 0) {
        blankLines++;
        continue;
      }
      if (FooterRows.isTotalLabel(row.get(first))) {
        inFooter = true;
        footerLines++;
        continue;
      }
      if (inFooter) {
        // Lines after a total that hold one cell are the export's notes; a full row is data again.
        // A note with an unquoted comma ("salesforce.com, inc.") still starts like a note.
        if (firstNonBlankAfter(row, first) < 0 || FooterRows.isNote(row.get(first))) {
          footerLines++;
          continue;
        }
        inFooter = false;
      }

      int size = row.size();
      if (size > headerSize && firstNonBlankAfter(row, headerSize - 1) >= 0) {
        skipped.skip(SkipReason.SHIFTED_COLUMNS, line);
        continue;
      }
      String id = cell(row, size, idColumn).trim();
      if (id.isEmpty()) {
        skipped.skip(SkipReason.MISSING_ID, line);
        continue;
      }
      String amount = cell(row, size, amountColumn);
      if (amount.isBlank()) {
        skipped.skip(SkipReason.EMPTY_MRR, line);
        continue;
      }
      MoneyParser.Outcome outcome = money.parse(amount);
      if (outcome == MoneyParser.Outcome.NOT_A_NUMBER) {
        skipped.skip(SkipReason.NON_NUMERIC_MRR, line);
        continue;
      }
      if (outcome == MoneyParser.Outcome.TOO_MANY_DIGITS) {
        throw tooManyDigits(amount);
      }

      String written = money.currency();
      if (written != null) {
        noteCurrency(written);
      }
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
      String name = nameColumn < 0 ? "" : cell(row, size, nameColumn).trim();
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
  }

  /** The next record, with {@link #line} set to its first physical line; null at the end. */
  private CSVRecord next() throws IOException {
    try {
      CSVRecord record = records.next();
      line = records.line();
      return record;
    } catch (UncheckedIOException e) {
      line = records.line();
      IOException cause = e.getCause();
      if (cause instanceof CSVException) {
        throw new DataException(label + ": line " + line + ": " + describe(cause), cause);
      }
      throw cause;
    }
  }

  private static String describe(IOException csvError) {
    String message = String.valueOf(csvError.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted field is never closed: its opening quote runs on to the end of the input";
    }
    return "this is not valid CSV (" + message + ")";
  }

  private void noteCurrency(String code) {
    if (!code.equals(lastCurrency)) {
      lastCurrency = code;
      currencyFirstLines.putIfAbsent(code, line);
    }
  }

  private DataException mixedCurrencies() {
    StringBuilder codes = new StringBuilder();
    StringBuilder where = new StringBuilder();
    for (Map.Entry<String, Long> e : currencyFirstLines.entrySet()) {
      if (codes.length() > 0) {
        codes.append(", ");
        where.append(", ");
      }
      codes.append(e.getKey());
      where.append(e.getKey()).append(" first on line ").append(e.getValue());
    }
    return new DataException(
        label
            + ": mixed currencies: "
            + codes
            + " ("
            + where
            + "); segment never adds amounts in different currencies — split the file by"
            + " currency");
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

  private static int firstNonBlank(CSVRecord row) {
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

package dev.segment.io;

import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.model.SkippedRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a customer revenue CSV, as SPEC "Input" describes, into {@link Customers} and an {@link
 * InputSummary}: one pass over a stream, with a few thousand records in flight at most (the parser
 * runs a few batches ahead on its own thread, see RecordFeed), so its cost is the customers kept,
 * not the file's size. A large file is read in parts at once, one per core, and the parts are
 * proven to give what one pass gives (see {@link PartedRead}).
 */
public final class CustomerCsvReader {
  /** Smaller files are read in one pass: starting threads would cost more than they save. */
  static final long PARTS_FROM_BYTES = 256L << 20;

  private static final int MAX_PARTS = 4;

  private CustomerCsvReader() {}

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
    String label = label(source);
    DecodingReader decoding = new DecodingReader(in, options.encoding(), label);
    Reader text = decoding;
    char delimiter;
    if (options.delimiter().isPresent()) {
      delimiter = options.delimiter().get();
    } else {
      BufferedReader buffered = new BufferedReader(decoding, DelimiterSniffer.SAMPLE_CHARS + 1);
      buffered.mark(DelimiterSniffer.SAMPLE_CHARS + 1);
      delimiter = sniff(buffered);
      buffered.reset();
      text = buffered;
    }
    try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format(delimiter)).get();
        RecordFeed feed = RecordFeed.start(parser, decoding)) {
      Records records = Records.labelled(feed, label);
      Header header = Header.read(records, options, label);
      RowTally tally = header.tally(label, options);
      tally.readAll(records);
      return result(source, label, header, tally, delimiter);
    }
  }

  /**
   * Reads the file at {@code file}, in parts on several threads when it is a large regular file,
   * telling {@code bytesRead} how many bytes each read took (the progress display). It may be told
   * from several threads at once, and told a negative count when the parts are given up and the
   * file is read again in one pass. A pipe or other special file is read as a stream.
   *
   * @see #read(InputStream, String, ReadOptions)
   */
  public static ReadResult read(
      Path file, String source, ReadOptions options, LongConsumer bytesRead) throws IOException {
    // The property is for measuring: -Dsegment.read.parts=1 reads every file in one pass.
    int parts =
        Integer.getInteger(
            "segment.read.parts", Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()));
    return read(file, source, options, bytesRead, parts, PARTS_FROM_BYTES);
  }

  /** As above, with the number of parts and the size from which to use them given. */
  static ReadResult read(
      Path file,
      String source,
      ReadOptions options,
      LongConsumer bytesRead,
      int parts,
      long partsFromBytes)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source, options);
      }
    }
    long size = Files.size(file);
    if (parts > 1 && size >= partsFromBytes && PartedRead.canCut(options.encoding())) {
      LongAdder counted = new LongAdder();
      LongConsumer counter =
          n -> {
            counted.add(n);
            bytesRead.accept(n);
          };
      ReadResult result = PartedRead.read(file, size, source, options, counter, parts);
      if (result != null) {
        return result;
      }
      // One pass reads it again: whatever stopped the parts (an error, a cut inside a quoted
      // field) is met there at its place, with its message and line.
      bytesRead.accept(-counted.sum());
    }
    // To the end of the file, not to the size seen above: an export still being written is read
    // as far as it goes, as a plain stream would.
    try (InputStream in = FilePart.open(file, 0, Long.MAX_VALUE, bytesRead)) {
      return read(in, source, options);
    }
  }

  static String label(String source) {
    return "-".equals(source) ? "standard input" : source;
  }

  static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false)
        .setTrailingData(true)
        .get();
  }

  /** The delimiter of the text {@code reader} starts with, read from its first 64 Ki chars. */
  static char sniff(Reader reader) throws IOException {
    char[] sample = new char[DelimiterSniffer.SAMPLE_CHARS + 1];
    int n = 0;
    int r;
    while (n < sample.length && (r = reader.read(sample, n, sample.length - n)) >= 0) {
      n += r;
    }
    return DelimiterSniffer.sniff(
        sample, Math.min(n, DelimiterSniffer.SAMPLE_CHARS), n <= DelimiterSniffer.SAMPLE_CHARS);
  }

  /**
   * The header row and the columns it names; blank lines before it are counted. A blank line is an
   * empty one, one of spaces, or one of empty cells ({@code ,,,} as Excel saves an empty row); a
   * row of cells holding only spaces ({@code " , , "}) is still the header, so the first data row
   * is never taken for it.
   */
  record Header(List<String> names, ColumnLayout columns, long blankLinesBefore) {
    static Header read(Records records, ReadOptions options, String label) throws IOException {
      long blank = 0;
      CSVRecord row = records.next();
      while (row != null && emptyLine(row)) {
        blank++;
        row = records.next();
      }
      if (row == null) {
        throw new DataException(
            label
                + ": the input is empty; segment needs a header row naming the id and MRR columns");
      }
      List<String> names = row.toList();
      boolean byIndex =
          options.idColumn().isPresent()
              && (options.mrrColumn().isPresent() || options.arrColumn().isPresent());
      if (RowTally.firstNonBlank(row) < 0 && !byIndex) {
        throw new DataException(
            label
                + ": line "
                + records.line()
                + ": the header row has only blank cells; segment needs a header row naming the id"
                + " and MRR columns (or --id-column and --mrr-column as 1-based indexes)");
      }
      return new Header(names, ColumnResolver.resolve(names, options, label), blank);
    }

    private static boolean emptyLine(CSVRecord row) {
      if (row.size() == 1) {
        return row.get(0).isBlank();
      }
      for (String cell : row) {
        if (!cell.isEmpty()) {
          return false;
        }
      }
      return true;
    }

    RowTally tally(String label, ReadOptions options) {
      return new RowTally(label, names.size(), columns, options.decimalComma());
    }
  }

  /** The result of a whole input's tally: the checks that need every row, then the summary. */
  static ReadResult result(
      String source, String label, Header header, RowTally tally, char delimiter) {
    Map<String, Long> currencies = tally.currencyFirstLines();
    if (currencies.size() > 1) {
      throw mixedCurrencies(label, currencies);
    }
    SkippedRows skips = tally.skipped();
    ColumnLayout columns = header.columns();
    List<String> names = header.names();
    InputSummary summary =
        new InputSummary(
            source,
            tally.used() + skips.total(),
            tally.used(),
            skips,
            tally.footerLines(),
            header.blankLinesBefore() + tally.blankLines(),
            tally.builder().size(),
            currencies.isEmpty() ? "" : currencies.keySet().iterator().next(),
            names.get(columns.id()),
            names.get(columns.amount()),
            columns.kind(),
            columns.name() < 0 ? "" : names.get(columns.name()),
            delimiter);
    Customers customers;
    try {
      customers = tally.builder().build();
    } catch (DataException e) {
      throw new DataException(label + ": " + e.getMessage(), e);
    }
    return new ReadResult(customers, summary);
  }

  private static DataException mixedCurrencies(String label, Map<String, Long> firstLines) {
    StringBuilder codes = new StringBuilder();
    StringBuilder where = new StringBuilder();
    for (Map.Entry<String, Long> e : firstLines.entrySet()) {
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
}

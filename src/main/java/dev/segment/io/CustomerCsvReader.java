package dev.segment.io;

import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVParser;

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
   *     bytes, an unclosed quote, a missing or ambiguous column, mixed currencies
   * @throws IOException when reading the stream fails
   */
  public static ReadResult read(InputStream in, String source, ReadOptions options)
      throws IOException {
    if (options.ledger().needsFirstPass()) {
      // --latest and the END convention need every row before the first is read: a stream is
      // kept in a temporary file and read twice.
      Path spooled = Files.createTempFile("segment-input-", ".csv");
      try {
        Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
        return read(spooled, source, options, n -> {}, 1, Long.MAX_VALUE);
      } finally {
        Files.deleteIfExists(spooled);
      }
    }
    return readStream(in, source, options);
  }

  /** One pass over {@code in}, with whatever a first pass found already in {@code options}. */
  private static ReadResult readStream(InputStream in, String source, ReadOptions options)
      throws IOException {
    String label = InputSummary.nameOf(source);
    DecodingReader decoding =
        new DecodingReader(WorkbookReader.refuseWorkbook(in, source), options.encoding(), label);
    BufferedReader text = new BufferedReader(decoding, DelimiterSniffer.SAMPLE_CHARS + 1);
    text.mark(DelimiterSniffer.SAMPLE_CHARS + 1);
    Optional<Character> hint = SepLine.read(text);
    text.reset();
    char delimiter;
    if (options.delimiter().isPresent()) {
      delimiter = options.delimiter().get();
    } else if (hint.isPresent()) {
      delimiter = hint.get();
    } else {
      delimiter = ReadSteps.sniff(text);
      text.reset();
    }
    try (CSVParser parser =
            CSVParser.builder().setReader(text).setFormat(ReadSteps.format(delimiter)).get();
        RecordFeed feed = RecordFeed.start(parser, decoding)) {
      Records records = Records.labelled(feed, label);
      if (hint.isPresent()) {
        records.next(); // the hint's line: neither the header nor a row, and never counted
      }
      ReadSteps.Header header = ReadSteps.Header.read(records, options, label);
      RowTally tally = header.tally(label, options);
      tally.readAll(records);
      return ReadSteps.result(source, label, header, tally, delimiter, options);
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
    if (options.ledger().needsFirstPass()) {
      options = FirstPass.run(file, source, options);
      if (options.ledger().latest().isPresent()) {
        // Older versions are known by their ordinal in the file, which a part cannot tell.
        parts = 1;
      }
    }
    long size = Files.size(file);
    if (parts > 1
        && size >= partsFromBytes
        && PartedRead.canCut(options.encoding())
        && !startsWithSepLine(file)) {
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
      return readStream(in, source, options);
    }
  }

  /** True when the file's first line is Excel's {@code sep=} hint, which the parts do not read. */
  private static boolean startsWithSepLine(Path file) throws IOException {
    byte[] start = new byte[7];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(start, 0, start.length);
    }
    String text = new String(start, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    return text.regionMatches(true, 0, "sep=", 0, 4)
        || text.regionMatches(true, 0, "\u00ef\u00bb\u00bfsep=", 0, 7);
  }
}

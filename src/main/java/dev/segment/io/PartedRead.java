package dev.segment.io;

import dev.segment.model.CustomersBuilder;
import dev.segment.model.InputSummary;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a large file as a few parts at once, each with its own decoder, Commons CSV parser and
 * {@link RowTally} on a thread of its own, then adds the tallies up in file order.
 *
 * <p>Why the result is the one pass's, or else nothing: each part is cut just after a line feed
 * byte. Commons CSV reads left to right and its state after a prefix depends only on that prefix;
 * if parsing part k alone ends without an error, its last line feed closed a record (one inside a
 * quoted field would have ended the part with an unclosed quote), so one pass would start a fresh
 * record exactly where part k+1 starts. The row logic carries one thing from row to row, whether
 * the rows follow a total (footer notes); a part that ends in that state is not proven either.
 * Skips, filtered rows, currencies, first names and kept values are added up by rules that give the
 * one pass's result, so are the hints' value counts while no column has too many values to count,
 * and so are sums unless one overflows: one pass checks its running sums row by row, the parts
 * theirs and then their totals, and neither can overflow while the sum of every row's |amount| fits
 * a long. So the parts are used only when every part ended cleanly, none but the last ended after a
 * total and that sum fits; otherwise (an error anywhere, a cut inside a quoted field, a very large
 * sum) this gives {@code null} and the caller reads the file in one pass, which meets any error at
 * its place with its own message.
 */
final class PartedRead {
  /** Encodings where a 0x0A byte is always a line feed and never part of another character. */
  private static final Set<String> LINE_FEED_SAFE =
      Set.of(
          "UTF-8",
          "US-ASCII",
          "ISO-8859-1",
          "ISO-8859-2",
          "ISO-8859-15",
          "windows-1250",
          "windows-1251",
          "windows-1252");

  /**
   * The record length a part stops at, below the one pass's by more than that pass can read ahead
   * of a record (its sniffing buffer and Commons CSV's), so a record one pass refuses is never
   * accepted here; a part that stops leaves the file to one pass.
   */
  private static final long RECORD_LIMIT =
      DecodingReader.MAX_RECORD_CHARS - 2 * (DelimiterSniffer.SAMPLE_CHARS + 8192);

  /** What one part added up to, or why it stopped. */
  private static final class Part {
    final long from;
    final long to;
    RowTally tally;
    long lineBreaks;
    Throwable failure;

    Part(long from, long to) {
      this.from = from;
      this.to = to;
    }
  }

  private final Path file;
  private final String source;
  private final String label;
  private final ReadOptions options;
  private final LongConsumer counter;
  private final CompletableFuture<ReadSteps.Header> header = new CompletableFuture<>();
  private volatile boolean abandoned;
  private CSVFormat format;

  private PartedRead(Path file, String source, ReadOptions options, LongConsumer counter) {
    this.file = file;
    this.source = source;
    this.label = InputSummary.nameOf(source);
    this.options = options;
    this.counter = counter;
  }

  static boolean canCut(Charset encoding) {
    return LINE_FEED_SAFE.contains(encoding.name());
  }

  /**
   * The file's customers read in up to {@code parts} parts, or null when the parts could not be
   * proven to give what one pass gives, or any part failed.
   */
  static ReadResult read(
      Path file, long size, String source, ReadOptions options, LongConsumer counter, int parts)
      throws IOException {
    long[] bounds = FileChunks.bounds(file, size, parts);
    if (bounds.length < 3) {
      return null;
    }
    return new PartedRead(file, source, options, counter).read(bounds);
  }

  private ReadResult read(long[] bounds) throws IOException {
    char delimiter;
    try {
      delimiter = options.delimiter().isPresent() ? options.delimiter().get() : sniff();
    } catch (IOException | RuntimeException e) {
      // Bad bytes or a read error in the first 64 Ki chars: one pass reports them.
      return null;
    }
    format = ReadSteps.format(delimiter);
    Part[] parts = new Part[bounds.length - 1];
    for (int k = 0; k < parts.length; k++) {
      parts[k] = new Part(bounds[k], bounds[k + 1]);
    }
    Thread[] threads = new Thread[parts.length];
    try {
      for (int k = 1; k < parts.length; k++) {
        Part part = parts[k];
        threads[k] = new Thread(() -> readPart(part, false), "segment-read-part-" + k);
        threads[k].setDaemon(true);
        threads[k].start();
      }
      readPart(parts[0], true);
    } catch (RuntimeException | Error e) {
      // A thread that could not start: stop the others, which may wait for the header.
      abandoned = true;
      header.completeExceptionally(e);
      joinAll(threads);
      return null;
    }
    joinAll(threads);
    if (!proven(parts)) {
      return null;
    }
    RowTally whole = parts[0].tally;
    long lineOffset = 0;
    for (int k = 1; k < parts.length; k++) {
      lineOffset += parts[k - 1].lineBreaks;
      whole.absorb(parts[k].tally, lineOffset);
      parts[k].tally = null;
    }
    return ReadSteps.result(source, label, header.join(), whole, delimiter, options);
  }

  /**
   * True when the parts' tallies add up to the one pass's: every part ended cleanly, none but the
   * last after a total row. Sums are exact in either form and the form depends on the rows alone
   * (see {@link CustomersBuilder}), so the order of adding cannot tell the two apart.
   */
  private static boolean proven(Part[] parts) {
    for (Part part : parts) {
      if (part.failure instanceof Error e && !(e instanceof OutOfMemoryError)) {
        throw e;
      }
    }
    for (int k = 0; k < parts.length; k++) {
      if (parts[k].failure != null
          || (k < parts.length - 1 && parts[k].tally.inFooter())
          || parts[k].tally.valuesCapped()) {
        // Out of memory included: each part keeps its own copy of the ids seen in several parts,
        // and one pass, which keeps one, may still fit.
        return false;
      }
    }
    return true;
  }

  private void joinAll(Thread[] threads) throws InterruptedIOException {
    for (Thread t : threads) {
      if (t == null) {
        continue;
      }
      try {
        t.join();
      } catch (InterruptedException e) {
        abandoned = true;
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the input");
      }
    }
  }

  private char sniff() throws IOException {
    try (FilePart in = FilePart.open(file, 0, Long.MAX_VALUE, n -> {})) {
      return ReadSteps.sniff(new DecodingReader(in, options.encoding(), label));
    }
  }

  private void readPart(Part part, boolean first) {
    try (FilePart in = FilePart.open(file, part.from, part.to, counter)) {
      DecodingReader decoding = new DecodingReader(in, options.encoding(), label, RECORD_LIMIT);
      if (!first) {
        decoding.partOfFile();
      }
      CSVParser parser = CSVParser.builder().setReader(decoding).setFormat(format).get();
      Records records = Records.labelled(Records.inline(parser, decoding), label);
      ReadSteps.Header h;
      if (first) {
        h = ReadSteps.Header.read(records, options, label);
        header.complete(h);
      } else {
        h = header.get();
      }
      RowTally tally = h.tally(label, options);
      tally.readAll(unlessAbandoned(records));
      part.tally = tally;
      part.lineBreaks = decoding.lineBreaks();
    } catch (IOException | RuntimeException | Error | ExecutionException e) {
      part.failure = e;
      abandoned = true;
    } catch (InterruptedException e) {
      part.failure = e;
      abandoned = true;
      Thread.currentThread().interrupt();
    } finally {
      if (first && !header.isDone()) {
        header.completeExceptionally(new IllegalStateException("part 0 read no header"));
      }
    }
  }

  /** {@code records}, ending early once another part has failed: its tally will not be used. */
  private Records unlessAbandoned(Records records) {
    return new Records() {
      @Override
      public CSVRecord next() throws IOException {
        return abandoned ? null : records.next();
      }

      @Override
      public long line() {
        return records.line();
      }
    };
  }
}

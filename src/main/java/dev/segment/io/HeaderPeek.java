package dev.segment.io;

import dev.segment.rows.BlankAndFooter;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row of an input, read ahead of the read itself so {@code --source} can pick the
 * options it stands for. Any trouble reading it is left for the read to report: the peek says
 * nothing then.
 */
public final class HeaderPeek {
  /** Bytes of standard input held back so the read starts again from the first byte. */
  public static final int STDIN_MARK = 1 << 20;

  private HeaderPeek() {}

  /** True for a header name SPEC reads as MRR ({@code MRR}, {@code mrr_usd} …). */
  public static boolean isMrrName(String header) {
    return ColumnResolver.isMrrName(ColumnResolver.normalise(header));
  }

  /** The header of the file, or empty when it cannot be read as one. */
  public static Optional<List<String>> of(Path file, ReadOptions options) {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in, options);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The header at the start of {@code in}, which is reset to where it was: {@code in} must hold
   * {@link #STDIN_MARK} bytes (a {@link BufferedInputStream} of that size).
   */
  public static Optional<List<String>> ofMarked(BufferedInputStream in, ReadOptions options) {
    in.mark(STDIN_MARK);
    try {
      return of(new BoundedStream(in, STDIN_MARK - 1), options);
    } catch (RuntimeException e) {
      return Optional.empty();
    } finally {
      try {
        in.reset();
      } catch (IOException e) {
        // The read reports an unreadable input itself.
      }
    }
  }

  private static Optional<List<String>> of(InputStream in, ReadOptions options) {
    try {
      Reader decoding = new DecodingReader(in, options.encoding(), "input");
      BufferedReader text = new BufferedReader(decoding, DelimiterSniffer.SAMPLE_CHARS + 1);
      char delimiter;
      if (options.delimiter().isPresent()) {
        delimiter = options.delimiter().get();
      } else {
        text.mark(DelimiterSniffer.SAMPLE_CHARS + 1);
        delimiter = ReadSteps.sniff(text);
        text.reset();
      }
      CSVParser parser =
          CSVParser.builder().setReader(text).setFormat(ReadSteps.format(delimiter)).get();
      for (CSVRecord row : parser) {
        if (BlankAndFooter.firstNonBlank(row) >= 0) {
          return Optional.of(row.toList());
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** At most {@code limit} bytes of a stream, so a peek never reads past its mark. */
  private static final class BoundedStream extends InputStream {
    private final InputStream in;
    private long left;

    BoundedStream(InputStream in, long limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}

package dev.segment.io;

import dev.segment.model.DataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the input strictly: bytes invalid in the encoding and NUL characters are a {@link
 * DataException} naming their physical line, a leading byte-order mark is dropped, and a record
 * that runs on past {@link #MAX_RECORD_CHARS} (an unclosed quote in a large file) stops the read
 * before it fills the heap. Closing it leaves the underlying stream open: the caller owns it.
 */
final class DecodingReader extends Reader {
  /** Far beyond any real record, yet small enough that one record never exhausts a 1 GiB heap. */
  static final long MAX_RECORD_CHARS = 1L << 25;

  private static final int BUFFER = 1 << 16;
  private static final String HEX = "0123456789ABCDEF";

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final String label;
  private final String option;
  private final long maxRecordChars;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private boolean endOfInput;
  private boolean flushed;
  private boolean started;
  private long lineBreaks;
  private boolean lastWasCr;
  private long delivered;
  private long recordStart;
  private long recordLine = 1;

  DecodingReader(InputStream in, Charset charset, String label) {
    this(in, charset, label, MAX_RECORD_CHARS);
  }

  DecodingReader(InputStream in, Charset charset, String label, long maxRecordChars) {
    this(in, charset, label, maxRecordChars, null);
  }

  private DecodingReader(
      InputStream in, Charset charset, String label, long maxRecordChars, String option) {
    this.in = in;
    this.charset = charset;
    this.label = label;
    this.option = option;
    this.maxRecordChars = maxRecordChars;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  /**
   * Decodes a UTF-8 file an option names ({@code --config}, {@code --pin}, {@code --previous}): its
   * messages name the file and the option, and say the file is binary (a NUL byte) or not UTF-8
   * text, since {@code --encoding} is for the input alone.
   */
  static DecodingReader optionFile(InputStream in, String file, String option) {
    return new DecodingReader(in, StandardCharsets.UTF_8, file, MAX_RECORD_CHARS, option);
  }

  /**
   * Marks the stream as a later part of a file, not its start: a leading U+FEFF there is text, not
   * a byte-order mark.
   */
  void partOfFile() {
    started = true;
  }

  /** Line breaks (CR, LF or CRLF) decoded so far. */
  long lineBreaks() {
    return lineBreaks;
  }

  /**
   * Tells the reader that the parser starts a record on {@code line} now; the parser reads ahead by
   * a buffer at most, far less than the limit.
   */
  void recordStarts(long line) {
    recordStart = delivered;
    recordLine = line;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    delivered += n;
    if (delivered - recordStart > maxRecordChars) {
      throw tooLong();
    }
    return n;
  }

  /**
   * A record past the limit: over several lines only an open quote can make one, so that is the
   * likely cause; on a single line the line itself is too long.
   */
  private DataException tooLong() {
    if (lineBreaks - lineBreaksAhead() > recordLine - 1) {
      return new DataException(
          label
              + ": line "
              + recordLine
              + ": a record runs on for more than "
              + maxRecordChars
              + " characters; is a quote opened there and never closed?");
    }
    return new DataException(
        label
            + ": line "
            + recordLine
            + " is longer than "
            + maxRecordChars
            + " characters, the most segment reads in one record; is the file CSV text with a"
            + " line break after each row?");
  }

  /** Line breaks decoded but not yet handed to the parser, which {@link #lineBreaks} counts. */
  private long lineBreaksAhead() {
    long n = 0;
    char previous = chars.position() > 0 ? chars.get(chars.position() - 1) : 0;
    for (int i = chars.position(); i < chars.limit(); i++) {
      char c = chars.get(i);
      if (c == '\r' || (c == '\n' && previous != '\r')) {
        n++;
      }
      previous = c;
    }
    return n;
  }

  @Override
  public void close() {
    // The stream belongs to the caller.
  }

  /** Decodes the next chunk into {@link #chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (flushed) {
        chars.flip();
        return false;
      }
      if (!endOfInput) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      int before = chars.position();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      scan(before, chars.position());
      if (result.isError()) {
        throw badBytes(result);
      }
      if (endOfInput && result.isUnderflow()) {
        before = chars.position();
        result = decoder.flush(chars);
        scan(before, chars.position());
        if (result.isError()) {
          throw badBytes(result);
        }
        flushed = result.isUnderflow();
      }
      if (!started && chars.position() > 0) {
        started = true;
        if (chars.get(0) == '\uFEFF') {
          // The byte-order mark is not text; drop it by moving the rest down.
          chars.flip();
          chars.get();
          chars.compact();
        }
      }
    }
    chars.flip();
    return true;
  }

  /** Counts line breaks (CR, LF, CRLF) and rejects NUL in newly decoded characters. */
  private void scan(int from, int to) {
    char[] a = chars.array();
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c <= '\r') {
        if (c == '\n') {
          if (!lastWasCr) {
            lineBreaks++;
          }
        } else if (c == '\r') {
          lineBreaks++;
        } else if (c == 0 && option != null) {
          throw new DataException(
              "the "
                  + option
                  + " file "
                  + label
                  + " is binary, not text (a NUL byte on line "
                  + (lineBreaks + 1)
                  + "); "
                  + option
                  + " takes a UTF-8 text file");
        } else if (c == 0) {
          throw new DataException(
              label
                  + ": line "
                  + (lineBreaks + 1)
                  + ": the input holds a NUL byte, which CSV text never does (a UTF-16 file needs"
                  + " --encoding UTF-16; a spreadsheet must be saved as CSV first)");
        }
        lastWasCr = c == '\r';
      } else {
        lastWasCr = false;
      }
    }
  }

  private DataException badBytes(CoderResult result) {
    int at = bytes.position();
    if (option == null && !started && at == 0 && bytes.remaining() >= 2) {
      int b0 = bytes.get(0) & 0xFF;
      int b1 = bytes.get(1) & 0xFF;
      if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
        return new DataException(
            label
                + ": line 1: the input starts with a UTF-16 byte-order mark, so it is not "
                + charset.name()
                + " text; read it with --encoding UTF-16");
      }
    }
    StringBuilder what = new StringBuilder("the bytes");
    int n = Math.min(result.length(), bytes.remaining());
    for (int i = 0; i < n; i++) {
      int b = bytes.get(at + i) & 0xFF;
      what.append(" 0x").append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
    }
    if (option != null) {
      return new DataException(
          "the "
              + option
              + " file "
              + label
              + " is not UTF-8 text (line "
              + (lineBreaks + 1)
              + ": "
              + what
              + "); save it as UTF-8");
    }
    return new DataException(
        label
            + ": line "
            + (lineBreaks + 1)
            + ": "
            + what
            + " are not valid "
            + charset.name()
            + " text; name the file's encoding with --encoding (for example --encoding"
            + " windows-1252)");
  }
}

package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CSV records built as UTF-8 bytes in a growing buffer, handed to the output whole records at a
 * time: the same bytes as {@link CsvCells#FORMAT} printing {@link CsvCells#neutralise}d text, with
 * no String per cell and no charset encoder for the usual cell.
 *
 * <p>A text cell whose bytes show it needs neither neutralising nor quoting (the usual id or name)
 * is copied as it is; any other goes through those two as a String, so the bytes are the same
 * either way.
 */
final class Utf8CsvBuffer {
  private static final int FLUSH_AT = 1 << 16;

  private final Appendable chars;
  private final OutputStream bytes;
  private byte[] line;
  private int used;
  private final byte[] digits = new byte[20];
  private final StringBuilder slow = new StringBuilder();
  private boolean newRecord = true;
  private int cellFrom;
  private boolean cellFirst;

  /** Records decoded to chars a block at a time (blocks end at a record's end, never in a char). */
  Utf8CsvBuffer(Appendable out) {
    this.chars = out;
    this.bytes = null;
    this.line = new byte[FLUSH_AT + 4096];
  }

  Utf8CsvBuffer(OutputStream out) {
    this.chars = null;
    this.bytes = out;
    this.line = new byte[FLUSH_AT + 4096];
  }

  /** Records kept in memory, for {@link #append} to another buffer's output. */
  Utf8CsvBuffer(int capacity) {
    this.chars = null;
    this.bytes = null;
    this.line = new byte[capacity];
  }

  /** Writes what this buffer holds, then all of {@code part}'s records. */
  void append(Utf8CsvBuffer part) throws IOException {
    drain();
    write(part.line, part.used);
  }

  void text(String value) throws IOException {
    text(value.getBytes(StandardCharsets.UTF_8));
  }

  void text(byte[] value) throws IOException {
    if (value.length == 0 && !newRecord) {
      // Minimal quoting quotes an empty cell only at a record's start.
      separator(0);
      return;
    }
    separator(value.length);
    System.arraycopy(value, 0, line, used, value.length);
    used += value.length;
    check();
  }

  /** Customer {@code c}'s id, copied from its UTF-8 text. */
  void id(Customers customers, int c) throws IOException {
    separator(customers.idByteLength(c));
    used = customers.copyIdBytes(c, line, used);
    check();
  }

  /** Customer {@code c}'s name, copied from its UTF-8 text. */
  void name(Customers customers, int c) throws IOException {
    separator(customers.nameByteLength(c));
    used = customers.copyNameBytes(c, line, used);
    check();
  }

  /** An amount as {@link Amounts#plain} writes it, without a BigDecimal. */
  void amount(long unscaled, int scale) {
    separator(0);
    if (unscaled == Long.MIN_VALUE || scale > 18) {
      ascii(Amounts.plain(BigDecimal.valueOf(unscaled, scale)));
      return;
    }
    long v = unscaled;
    int s = scale;
    // Trailing zeros beyond cents are dropped, as Amounts.plain strips them.
    while (s > 2 && v % 10 == 0) {
      v /= 10;
      s--;
    }
    room(s + 24);
    if (v < 0) {
      line[used++] = '-';
      v = -v;
    }
    int n = digitsOf(v);
    // At least one digit before the point: 5 at scale 2 is 0.05.
    while (n <= s) {
      digits[n++] = '0';
    }
    for (int k = n - 1; k >= 0; k--) {
      if (k == s - 1) {
        line[used++] = '.';
      }
      line[used++] = digits[k];
    }
  }

  /** An amount as {@link Amounts#plain} writes it. */
  void amount(BigDecimal value) {
    separator(0);
    ascii(Amounts.plain(value));
  }

  /**
   * An amount of any size, unscaled at {@code scale} ≥ 0, as {@link Amounts#plain} writes it: from
   * the digits of the BigInteger, without a BigDecimal.
   */
  void amount(BigInteger unscaled, int scale) {
    separator(0);
    String digits = unscaled.abs().toString();
    int end = digits.length();
    int s = scale;
    // Trailing zeros beyond cents are dropped, as Amounts.plain strips them.
    while (s > 2 && end > 1 && digits.charAt(end - 1) == '0') {
      end--;
      s--;
    }
    if (end == 1 && digits.charAt(0) == '0') {
      s = Math.min(s, 2);
    }
    room(end + s + 3);
    if (unscaled.signum() < 0) {
      line[used++] = '-';
    }
    int whole = end - s;
    if (whole <= 0) {
      line[used++] = '0';
    } else {
      for (int k = 0; k < whole; k++) {
        line[used++] = (byte) digits.charAt(k);
      }
    }
    if (s > 0) {
      line[used++] = '.';
      for (int k = whole; k < 0; k++) {
        line[used++] = '0';
      }
      for (int k = Math.max(0, whole); k < end; k++) {
        line[used++] = (byte) digits.charAt(k);
      }
    }
  }

  /** S / T as {@link CumulativeShare#append} writes it, for sums of any size. */
  void share(BigInteger cumulative, BigInteger total) {
    separator(0);
    StringBuilder text = new StringBuilder(8);
    CumulativeShare.append(cumulative, total, text);
    ascii(text);
  }

  void number(long value) {
    separator(0);
    if (value < 0) {
      ascii(Long.toString(value));
      return;
    }
    room(20);
    int n = digitsOf(value);
    while (n > 0) {
      line[used++] = digits[--n];
    }
  }

  /** S / T as {@link CumulativeShare#append} writes it. */
  void share(long cumulative, long total) {
    separator(0);
    long units = CumulativeShare.units(cumulative, total);
    if (units < 0 || units >= 10 * CumulativeShare.UNITS) {
      StringBuilder text = new StringBuilder(8);
      CumulativeShare.append(cumulative, total, text);
      ascii(text);
      return;
    }
    room(24);
    line[used++] = (byte) ('0' + units / CumulativeShare.UNITS);
    line[used++] = '.';
    int fraction = (int) (units % CumulativeShare.UNITS);
    line[used++] = (byte) ('0' + fraction / 1000);
    line[used++] = (byte) ('0' + fraction / 100 % 10);
    line[used++] = (byte) ('0' + fraction / 10 % 10);
    line[used++] = (byte) ('0' + fraction % 10);
  }

  /**
   * Puts the digits of {@code v} (≥ 0) into {@link #digits}, lowest first; returns their count. Int
   * division where the value allows: a long division by 10 is not turned into a multiply and costs
   * more than the rest of a row.
   */
  private int digitsOf(long v) {
    int n = 0;
    long rest = v;
    while (rest > Integer.MAX_VALUE) {
      long high = rest / 100_000_000L;
      int low = (int) (rest - high * 100_000_000L);
      for (int k = 0; k < 8; k++) {
        digits[n++] = (byte) ('0' + low % 10);
        low /= 10;
      }
      rest = high;
    }
    int i = (int) rest;
    do {
      digits[n++] = (byte) ('0' + i % 10);
      i /= 10;
    } while (i != 0);
    return n;
  }

  /** Ends the record; the buffer goes to the output once it holds enough. */
  void end() throws IOException {
    room(1);
    line[used++] = '\n';
    newRecord = true;
    if (used >= FLUSH_AT && (bytes != null || chars != null)) {
      drain();
    }
  }

  /** Writes what the buffer holds and flushes the output. */
  void flush() throws IOException {
    drain();
    Flushable f = chars != null ? (chars instanceof Flushable g ? g : null) : bytes;
    if (f != null) {
      f.flush();
    }
  }

  private void drain() throws IOException {
    write(line, used);
    used = 0;
  }

  private void write(byte[] text, int length) throws IOException {
    if (bytes != null) {
      bytes.write(text, 0, length);
    } else if (chars != null) {
      chars.append(new String(text, 0, length, StandardCharsets.UTF_8));
    } else {
      room(length);
      System.arraycopy(text, 0, line, used, length);
      used += length;
    }
  }

  /** Makes room for {@code length} more bytes (as several records' text will need). */
  void reserve(int length) {
    room(length);
  }

  /** Writes the separator and makes room for {@code length} more bytes. */
  private void separator(int length) {
    room(length + 1);
    cellFrom = used;
    cellFirst = newRecord;
    if (!newRecord) {
      line[used++] = ',';
    }
    newRecord = false;
  }

  private void room(int length) {
    if (used + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, used + length));
    }
  }

  private void ascii(CharSequence text) {
    room(text.length());
    for (int k = 0; k < text.length(); k++) {
      line[used++] = (byte) text.charAt(k);
    }
  }

  /**
   * Leaves the text cell just written as it is when it needs no neutralising or quoting, else
   * writes it again, separator and all, through {@link CsvCells}.
   */
  private void check() {
    int start = cellFirst ? cellFrom : cellFrom + 1;
    if (isPlain(line, start, used)) {
      return;
    }
    String value = new String(line, start, used - start, StandardCharsets.UTF_8);
    used = cellFrom;
    slow.setLength(0);
    try {
      CsvCells.FORMAT.print(CsvCells.neutralise(value), slow, cellFirst);
    } catch (IOException e) {
      throw new IllegalStateException("a StringBuilder does not fail", e);
    }
    byte[] text = slow.toString().getBytes(StandardCharsets.UTF_8);
    room(text.length);
    System.arraycopy(text, 0, line, used, text.length);
    used += text.length;
  }

  /**
   * True when the UTF-8 text needs no neutralising and minimal quoting leaves it as it is: not
   * empty, its first byte ASCII above {@code #} and none of {@code = + - @}, its last byte not a
   * space or control char, and no byte a control char, delimiter or quote. Bytes of characters past
   * ASCII are all 0x80 and up, so this is the char test of Commons CSV on the bytes.
   */
  static boolean isPlain(byte[] text, int from, int to) {
    if (from == to) {
      return false;
    }
    int first = text[from];
    if (first <= '#'
        || first > '~'
        || first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || (text[to - 1] & 0xFF) <= ' ') {
      return false;
    }
    for (int k = from; k < to; k++) {
      int b = text[k];
      if (b >= 0 && (b < ' ' || b == ',' || b == '"')) {
        return false;
      }
    }
    return true;
  }
}

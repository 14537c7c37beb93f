package dev.segment.report;

import dev.segment.analysis.TierFloors;
import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes {@code tiers.csv}: one row per customer on the curve in rank order, with its tier and the
 * kept input columns, in a single streaming pass.
 */
public final class TiersCsv {
  static final List<String> HEADER =
      List.of("customer_id", "name", "mrr", "arr", "rank", "cum_mrr_share", "tier");

  private static final String CLASH_PREFIX = "input_";
  private static final long SHARE_UNITS = 10_000L; // cum_mrr_share has 4 decimals
  private static final int BLOCK = 64;
  private static final int ROW_ALLOWANCE = 64;
  // Parts stay small: a buffer of half a G1 region or more (512 KiB in a 1 GiB heap) is a humongous
  // object, and many of those start needless collection cycles.
  private static final int PART_ROWS = 1 << 12;
  private static final int MAX_WORKERS = 4;

  private TiersCsv() {}

  /**
   * Writes the header and one row per customer on the curve to {@code out}, which the caller opened
   * as UTF-8 and closes. Rows are built as UTF-8 bytes and handed over a block of whole rows at a
   * time; {@link #write(Segmentation, Overrides, OutputStream)} skips the decoding into chars.
   */
  public static void write(Segmentation s, Appendable out) throws IOException {
    writeRows(s, new Row(out));
  }

  /**
   * Writes {@code tiers.csv} as UTF-8 to {@code out} (not closed; flushed), the same bytes as
   * {@link #write(Segmentation, Overrides, Appendable)} through a UTF-8 writer would give. Without
   * overrides the rows go from the customers' UTF-8 text straight into a byte buffer, with no
   * String per cell and no charset encoder.
   */
  public static void write(Segmentation s, Overrides overrides, OutputStream out)
      throws IOException {
    if (overrides.shown()) {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      write(s, overrides, w);
      w.flush();
      return;
    }
    writeRows(s, new Row(out));
  }

  private static void writeRows(Segmentation s, Row row) throws IOException {
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    int keptCount = customers.keptHeaders().size();
    for (String name : HEADER) {
      row.text(name);
    }
    for (String name : keptColumnNames(customers.keptHeaders())) {
      row.text(name);
    }
    row.end();
    int n = curve.size();
    if (n <= PART_ROWS) {
      formatRanks(s, 0, n, row);
      row.flush();
      return;
    }
    // Parts of the file are formatted on a few threads and written in order as they are done.
    int workers = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            task -> {
              Thread t = new Thread(task, "segment-tiers-csv");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<Row>> parts = new ArrayDeque<>();
      int next = 0;
      while (next < n || !parts.isEmpty()) {
        while (next < n && parts.size() <= workers) {
          int from = next;
          int to = Math.min(n, from + PART_ROWS);
          parts.add(
              pool.submit(
                  () -> {
                    Row part = new Row();
                    formatRanks(s, from, to, part);
                    return part;
                  }));
          next = to;
        }
        row.append(done(parts.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
    row.flush();
  }

  private static Row done(Future<Row> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing tiers.csv");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Formats the rows of ranks {@code [from, to)} into {@code row}. */
  private static void formatRanks(Segmentation s, int from, int to, Row row) throws IOException {
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    int keptCount = customers.keptHeaders().size();
    List<Tier> tiers = s.tiers();
    byte[][] labels = new byte[tiers.size()][];
    for (int t = 0; t < labels.length; t++) {
      labels[t] = tiers.get(t).label().getBytes(StandardCharsets.UTF_8);
    }
    long total = curve.unscaledTotal();
    int scale = customers.scale();
    boolean arrFromMrr = !customers.readAsArr();
    int tier = 0;
    for (int r = from; r < to; r++) {
      // Tiers are contiguous in rank order, so walking forward finds each rank's tier in O(1).
      while (r >= tiers.get(tier).end()) {
        tier++;
      }
      if ((r - from) % BLOCK == 0) {
        row.reserve(rowBytes(customers, curve, r, Math.min(to, r + BLOCK)));
      }
      int c = curve.customerIndex(r);
      row.id(customers, c);
      row.name(customers, c);
      // From the prefix sums, which are in rank order: the MRR column is in customer order, and
      // reading it at random costs a cache miss a row.
      long mrr = curve.unscaledCumulative(r) - (r == 0 ? 0 : curve.unscaledCumulative(r - 1));
      row.amount(mrr, scale);
      long arr = arrFromMrr && Math.abs(mrr) <= Long.MAX_VALUE / 12 ? mrr * 12 : Long.MIN_VALUE;
      if (arr != Long.MIN_VALUE) {
        row.amount(arr, scale);
      } else {
        row.text(Amounts.plain(customers.arr(c)));
      }
      row.number(r + 1L);
      row.share(curve.unscaledCumulative(r), total);
      row.text(labels[tier]);
      for (int k = 0; k < keptCount; k++) {
        row.text(customers.kept(c, k));
      }
      row.end();
    }
  }

  /**
   * About the bytes ranks {@code [from, to)} will take, short of kept columns and quoting: their
   * ids and names and a fixed allowance. Customers in rank order sit at random places in memory;
   * this tight loop touches the next rows' text all at once, so the processor waits for those cache
   * misses together rather than one row after another.
   */
  private static int rowBytes(Customers customers, ParetoCurve curve, int from, int to) {
    int sum = 0;
    for (int r = from; r < to; r++) {
      int c = curve.customerIndex(r);
      // The ROW_ALLOWANCE covers the numbers: MRR on the curve is never negative.
      sum += ROW_ALLOWANCE + customers.idByteLength(c) + customers.nameByteLength(c);
    }
    return sum;
  }

  /** The header with {@code --pin} or {@code --grace}: the audit columns follow {@code tier}. */
  static final List<String> HEADER_WITH_OVERRIDES =
      List.of(
          "customer_id",
          "name",
          "mrr",
          "arr",
          "rank",
          "cum_mrr_share",
          "tier",
          "computed_tier",
          "override");

  /**
   * Writes {@code tiers.csv} after overrides: {@code tier} is the tier after pins and grace, {@code
   * computed_tier} the one the cuts gave and {@code override} why they differ. Pinned customers
   * follow the curve's rows in MRR order with empty {@code rank} and {@code cum_mrr_share}; their
   * {@code computed_tier} is the tier whose floor their MRR reaches. Without {@code --pin} or
   * {@code --grace} this is {@link #write(Segmentation, Appendable)}.
   */
  public static void write(Segmentation s, Overrides overrides, Appendable out) throws IOException {
    if (!overrides.shown()) {
      write(s, out);
      return;
    }
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    CsvRows printer = new CsvRows(out);
    for (String name : HEADER_WITH_OVERRIDES) {
      printer.cell(name);
    }
    for (String name : keptColumnNames(customers.keptHeaders(), HEADER_WITH_OVERRIDES)) {
      printer.cell(CsvCells.neutralise(name));
    }
    printer.endRow();
    String[] labels = new String[s.tiers().size()];
    for (int t = 0; t < labels.length; t++) {
      labels[t] = CsvCells.neutralise(s.tiers().get(t).label());
    }
    int[] computed = Overrides.computedTiers(s);
    StringBuilder share = new StringBuilder(8);
    for (int r = 0; r < curve.size(); r++) {
      int kept = overrides.graceTier(r);
      share.setLength(0);
      appendShare(curve.unscaledCumulative(r), curve.unscaledTotal(), share);
      row(
          printer,
          customers,
          curve.customerIndex(r),
          Integer.toString(r + 1),
          share,
          labels[kept >= 0 ? kept : computed[r]],
          labels[computed[r]],
          kept >= 0 ? Overrides.Kind.GRACE : Overrides.Kind.NONE);
    }
    long[] floors = TierFloors.of(s);
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      int c = overrides.pinnedCustomer(j);
      row(
          printer,
          customers,
          c,
          "",
          "",
          labels[overrides.pinnedTier(j)],
          labels[TierFloors.tierOf(floors, customers.unscaledMrr(c))],
          Overrides.Kind.PINNED);
    }
    printer.flush();
  }

  private static void row(
      CsvRows printer,
      Customers customers,
      int c,
      String rank,
      CharSequence share,
      String tier,
      String computed,
      Overrides.Kind kind)
      throws IOException {
    printer.cell(CsvCells.neutralise(customers.id(c)));
    printer.cell(CsvCells.neutralise(customers.name(c)));
    printer.cell(Amounts.plain(customers.mrr(c)));
    printer.cell(Amounts.plain(customers.arr(c)));
    printer.cell(rank);
    printer.cell(share);
    printer.cell(tier);
    printer.cell(computed);
    printer.cell(kind.word());
    for (int k = 0; k < customers.keptHeaders().size(); k++) {
      printer.cell(CsvCells.neutralise(customers.kept(c, k)));
    }
    printer.endRow();
  }

  /**
   * The kept input columns' names as written: a name that clashes (ignoring case, as CRM imports
   * do) with one of segment's own columns gets the {@code input_} prefix, again if that clashes
   * too.
   */
  static List<String> keptColumnNames(List<String> kept) {
    return keptColumnNames(kept, HEADER);
  }

  /** As {@link #keptColumnNames(List)}, against the given header of segment's own columns. */
  static List<String> keptColumnNames(List<String> kept, List<String> own) {
    Set<String> taken = new HashSet<>();
    for (String name : own) {
      taken.add(name);
    }
    Set<String> keptLower = new HashSet<>();
    for (String name : kept) {
      keptLower.add(name.toLowerCase(Locale.ROOT));
    }
    List<String> out = new ArrayList<>(kept.size());
    for (String name : kept) {
      String written = name;
      if (taken.contains(name.toLowerCase(Locale.ROOT))) {
        written = CLASH_PREFIX + name;
        while (taken.contains(written.toLowerCase(Locale.ROOT))
            || keptLower.contains(written.toLowerCase(Locale.ROOT))) {
          written = CLASH_PREFIX + written;
        }
      }
      out.add(written);
    }
    return out;
  }

  /**
   * Builds rows as UTF-8 in a byte buffer and hands whole rows to the output a block at a time.
   * Every text cell is neutralised ({@link CsvCells#neutralise}) and quoted as {@link
   * CsvCells#FORMAT}'s minimal quoting would: a cell whose bytes show it needs neither (the usual
   * id or name) is copied as it is, and any other goes through those two as a String, so the bytes
   * are the same either way.
   */
  static final class Row {
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

    /** Rows decoded to chars a block at a time (blocks end at a row's end, never inside a char). */
    Row(Appendable out) {
      this.chars = out;
      this.bytes = null;
      this.line = new byte[FLUSH_AT + 4096];
    }

    Row(OutputStream out) {
      this.chars = null;
      this.bytes = out;
      this.line = new byte[FLUSH_AT + 4096];
    }

    /** Rows kept in memory, for {@link #append} to another row's output. */
    Row() {
      this.chars = null;
      this.bytes = null;
      this.line = new byte[PART_ROWS * 80];
    }

    /** Writes what this row holds, then all of {@code part}'s rows. */
    void append(Row part) throws IOException {
      drain();
      write(part.line, part.used);
    }

    void text(String value) throws IOException {
      text(value.getBytes(StandardCharsets.UTF_8));
    }

    void text(byte[] value) throws IOException {
      separator(value.length);
      System.arraycopy(value, 0, line, used, value.length);
      used += value.length;
      check();
    }

    void id(Customers customers, int c) throws IOException {
      separator(customers.idByteLength(c));
      used = customers.copyIdBytes(c, line, used);
      check();
    }

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

    /**
     * Puts the digits of {@code v} (≥ 0) into {@link #digits}, lowest first; returns their count.
     * Int division where the value allows: a long division by 10 is not turned into a multiply and
     * costs more than the rest of a row.
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

    void share(long cumulative, long total) {
      separator(0);
      long units = shareUnits(cumulative, total);
      if (units < 0 || units >= 10 * SHARE_UNITS) {
        StringBuilder text = new StringBuilder(8);
        appendShare(cumulative, total, text);
        ascii(text);
        return;
      }
      room(24);
      line[used++] = (byte) ('0' + units / SHARE_UNITS);
      line[used++] = '.';
      int fraction = (int) (units % SHARE_UNITS);
      line[used++] = (byte) ('0' + fraction / 1000);
      line[used++] = (byte) ('0' + fraction / 100 % 10);
      line[used++] = (byte) ('0' + fraction / 10 % 10);
      line[used++] = (byte) ('0' + fraction % 10);
    }

    void end() throws IOException {
      room(1);
      line[used++] = '\n';
      newRecord = true;
      if (used >= FLUSH_AT && (bytes != null || chars != null)) {
        drain();
      }
    }

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
      } else {
        chars.append(new String(text, 0, length, StandardCharsets.UTF_8));
      }
    }

    /** Makes room for {@code length} more bytes (as several rows' text will need). */
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
     * space or control char, and no byte a control char, delimiter or quote. Bytes of characters
     * past ASCII are all 0x80 and up, so this is the char test of Commons CSV on the bytes.
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

  /**
   * S / T in units of 10^-4, rounded half-even ({@code 0} when T is 0); -1 when S × 10^4 would
   * overflow a long or the signs are unusual, for the BigDecimal path.
   */
  private static long shareUnits(long cumulative, long total) {
    if (total == 0) {
      return 0;
    }
    if (cumulative > Long.MAX_VALUE / SHARE_UNITS || cumulative < 0 || total < 0) {
      return -1;
    }
    long scaled = cumulative * SHARE_UNITS;
    long units = scaled / total;
    long rest = scaled % total;
    long other = total - rest;
    if (rest > other || (rest == other && (units & 1) == 1)) {
      units++;
    }
    return units;
  }

  /**
   * Appends S / T rounded half-even to 4 decimals ({@code 0.0000} when T is 0). Long arithmetic for
   * the usual case; BigDecimal only when S × 10^4 would overflow.
   */
  static void appendShare(long cumulative, long total, StringBuilder to) {
    long units = shareUnits(cumulative, total);
    if (units < 0) {
      BigDecimal share =
          new BigDecimal(BigInteger.valueOf(cumulative))
              .divide(new BigDecimal(BigInteger.valueOf(total)), 4, RoundingMode.HALF_EVEN);
      to.append(share.toPlainString());
      return;
    }
    to.append(units / SHARE_UNITS).append('.');
    long fraction = units % SHARE_UNITS;
    for (long digit = SHARE_UNITS / 10; digit > 1 && fraction < digit; digit /= 10) {
      to.append('0');
    }
    to.append(fraction);
  }
}

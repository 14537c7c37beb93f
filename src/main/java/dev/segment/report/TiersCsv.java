package dev.segment.report;

import dev.segment.analysis.TierFloors;
import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.Flushable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes {@code tiers.csv}: one row per customer on the curve in rank order, with its tier and the
 * kept input columns, in a single streaming pass.
 */
public final class TiersCsv {
  static final List<String> HEADER =
      List.of("customer_id", "name", "mrr", "arr", "rank", "cum_mrr_share", "tier");

  private static final String CLASH_PREFIX = "input_";
  private static final long SHARE_UNITS = 10_000L; // cum_mrr_share has 4 decimals

  private TiersCsv() {}

  /**
   * Writes the header and one row per customer on the curve to {@code out}, which the caller opened
   * as UTF-8 (buffered: this writes millions of small cells) and closes.
   */
  public static void write(Segmentation s, Appendable out) throws IOException {
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    int keptCount = customers.keptHeaders().size();
    CsvRows printer = new CsvRows(out);
    for (String name : HEADER) {
      printer.cell(CsvCells.neutralise(name));
    }
    for (String name : keptColumnNames(customers.keptHeaders())) {
      printer.cell(CsvCells.neutralise(name));
    }
    printer.endRow();

    List<Tier> tiers = s.tiers();
    String[] labels = new String[tiers.size()];
    for (int t = 0; t < labels.length; t++) {
      labels[t] = CsvCells.neutralise(tiers.get(t).label());
    }
    long total = curve.unscaledTotal();
    int scale = customers.scale();
    boolean arrFromMrr = !customers.readAsArr();
    Row row = new Row(out);
    int tier = 0;
    for (int r = 0; r < curve.size(); r++) {
      // Tiers are contiguous in rank order, so walking forward finds each rank's tier in O(1).
      while (r >= tiers.get(tier).end()) {
        tier++;
      }
      int c = curve.customerIndex(r);
      row.text(CsvCells.neutralise(customers.id(c)));
      row.text(CsvCells.neutralise(customers.name(c)));
      long mrr = customers.unscaledMrr(c);
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
        row.text(CsvCells.neutralise(customers.kept(c, k)));
      }
      row.end();
    }
    row.flush();
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
  public static void write(Segmentation s, Overrides overrides, Appendable out)
      throws IOException {
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
      row(printer, customers, curve.customerIndex(r), Integer.toString(r + 1), share,
          labels[kept >= 0 ? kept : computed[r]], labels[computed[r]],
          kept >= 0 ? Overrides.Kind.GRACE : Overrides.Kind.NONE);
    }
    long[] floors = TierFloors.of(s);
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      int c = overrides.pinnedCustomer(j);
      row(printer, customers, c, "", "", labels[overrides.pinnedTier(j)],
          labels[TierFloors.tierOf(floors, customers.unscaledMrr(c))], Overrides.Kind.PINNED);
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
   * Builds rows in a char buffer and hands it to the output a block at a time: the general {@link
   * CsvRows} goes through Commons CSV per cell, which costs more than the rest of a row. Cells that
   * need no quoting under {@link CsvCells#FORMAT}'s minimal quoting are copied as they are; any
   * other goes through the format itself, so the bytes are the same either way.
   */
  static final class Row {
    private static final int FLUSH_AT = 1 << 15;

    private final Appendable out;
    private final StringBuilder line = new StringBuilder(FLUSH_AT + 4096);
    private final char[] digits = new char[20];
    private boolean newRecord = true;

    Row(Appendable out) {
      this.out = out;
    }

    void text(String value) throws IOException {
      if (isPlain(value)) {
        separator();
        line.append(value);
      } else {
        CsvCells.FORMAT.print(value, line, newRecord);
        newRecord = false;
      }
    }

    /** An amount as {@link Amounts#plain} writes it, without a BigDecimal. */
    void amount(long unscaled, int scale) {
      separator();
      if (unscaled == Long.MIN_VALUE) {
        line.append(Amounts.plain(BigDecimal.valueOf(unscaled, scale)));
        return;
      }
      long v = unscaled;
      int s = scale;
      // Trailing zeros beyond cents are dropped, as Amounts.plain strips them.
      while (s > 2 && v % 10 == 0) {
        v /= 10;
        s--;
      }
      if (v < 0) {
        line.append('-');
        v = -v;
      }
      int n = 0;
      do {
        digits[n++] = (char) ('0' + v % 10);
        v /= 10;
      } while (v != 0);
      // At least one digit before the point: 5 at scale 2 is 0.05.
      while (n <= s) {
        digits[n++] = '0';
      }
      for (int k = n - 1; k >= 0; k--) {
        if (k == s - 1) {
          line.append('.');
        }
        line.append(digits[k]);
      }
    }

    void number(long value) {
      separator();
      line.append(value);
    }

    void share(long cumulative, long total) {
      separator();
      appendShare(cumulative, total, line);
    }

    void end() throws IOException {
      line.append('\n');
      newRecord = true;
      if (line.length() >= FLUSH_AT) {
        drain();
      }
    }

    void flush() throws IOException {
      drain();
      if (out instanceof Flushable f) {
        f.flush();
      }
    }

    private void drain() throws IOException {
      out.append(line);
      line.setLength(0);
    }

    private void separator() {
      if (!newRecord) {
        line.append(',');
      }
      newRecord = false;
    }

    /**
     * True when minimal quoting leaves the cell as it is: not empty, not starting with a char up to
     * {@code #} or past ASCII, not ending in a space or control char, and holding no delimiter,
     * quote, CR or LF.
     */
    static boolean isPlain(String value) {
      int n = value.length();
      if (n == 0) {
        return false;
      }
      char first = value.charAt(0);
      if (first <= '#' || first > '~' || value.charAt(n - 1) <= ' ') {
        return false;
      }
      for (int k = 0; k < n; k++) {
        char c = value.charAt(k);
        if (c < ' ' || c == ',' || c == '"') {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Appends S / T rounded half-even to 4 decimals ({@code 0.0000} when T is 0). Long arithmetic
   * for the usual case; BigDecimal only when S × 10^4 would overflow.
   */
  static void appendShare(long cumulative, long total, StringBuilder to) {
    long units;
    if (total == 0) {
      units = 0;
    } else if (cumulative <= Long.MAX_VALUE / SHARE_UNITS && cumulative >= 0 && total > 0) {
      long scaled = cumulative * SHARE_UNITS;
      units = scaled / total;
      long rest = scaled % total;
      long other = total - rest;
      if (rest > other || (rest == other && (units & 1) == 1)) {
        units++;
      }
    } else {
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

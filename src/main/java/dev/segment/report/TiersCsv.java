package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.Groups;
import dev.segment.model.Mrr;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@code tiers.csv}: one row per customer on the curve in rank order, then the pinned
 * customers, each with its tier, the audit columns when the run has {@code --pin} or {@code
 * --grace}, and the kept input columns.
 */
public final class TiersCsv {
  private static final int BLOCK = 64;
  private static final int ROW_ALLOWANCE = 64;
  private static final byte[] NO_WORD = new byte[0];
  private static final BigInteger TWELVE = BigInteger.valueOf(Mrr.MONTHS_A_YEAR);

  private TiersCsv() {}

  /** {@code tiers.csv} of a run without overrides, to {@code out}, which the caller closes. */
  public static void write(Segmentation s, Appendable out) throws IOException {
    write(s, Overrides.none(), out);
  }

  /**
   * Writes {@code tiers.csv} to {@code out}, which the caller opened as UTF-8 and closes: the same
   * text as {@link #write(Segmentation, Overrides, OutputStream)} writes as bytes.
   */
  public static void write(Segmentation s, Overrides overrides, Appendable out) throws IOException {
    write(s, overrides, new Utf8CsvBuffer(out));
  }

  /**
   * Writes {@code tiers.csv} as UTF-8 to {@code out} (not closed; flushed), going from the
   * customers' UTF-8 text straight into a byte buffer, on several threads for a large curve.
   */
  public static void write(Segmentation s, Overrides overrides, OutputStream out)
      throws IOException {
    write(s, overrides, new Utf8CsvBuffer(out));
  }

  /**
   * With {@code --group-by}: {@code tiers.csv} as UTF-8 to {@code out} (not closed; flushed), a
   * {@code group} column after the name, each group's customers in rank order within the group
   * (rank and {@code cum_mrr_share} within it), the groups in segments.csv's order.
   */
  public static void write(Groups groups, OutputStream out) throws IOException {
    write(groups, new Utf8CsvBuffer(out));
  }

  /** As {@link #write(Groups, OutputStream)}, to {@code out}, which the caller closes. */
  public static void write(Groups groups, Appendable out) throws IOException {
    write(groups, new Utf8CsvBuffer(out));
  }

  private static void write(Groups groups, Utf8CsvBuffer out) throws IOException {
    boolean header = false;
    for (Groups.Group g : groups.groups()) {
      Rows rows = new Rows(g.segmentation(), g.overrides(), g.name());
      if (!header) {
        for (String name : rows.columns.header()) {
          out.text(name);
        }
        out.end();
        header = true;
      }
      OrderedParts.write(rows.count(), rows::format, out);
    }
    out.flush();
  }

  private static void write(Segmentation s, Overrides overrides, Utf8CsvBuffer out)
      throws IOException {
    Rows rows = new Rows(s, overrides, null);
    for (String name : rows.columns.header()) {
      out.text(name);
    }
    out.end();
    OrderedParts.write(rows.count(), rows::format, out);
    out.flush();
  }

  /**
   * The rows of the file: ranks 0..N-1 of the curve, then the pinned customers as rows N.., with
   * what each part needs to format them.
   */
  private static final class Rows {
    final TiersColumns columns;
    final ParetoCurve curve;
    final Customers customers;
    final List<Tier> tiers;
    final Overrides overrides;
    final boolean audit;
    final boolean rollUp;
    final Segmentation segmentation;
    final byte[][] labels;
    final int keptCount;
    final byte[][] words;
    // With --group-by, the group cell every row of this curve writes; null without.
    final byte[] group;

    Rows(Segmentation s, Overrides overrides, String group) {
      this.curve = s.curve();
      this.customers = curve.customers();
      this.tiers = s.tiers();
      this.overrides = overrides;
      this.group =
          group == null ? null : CsvCells.neutralise(group).getBytes(StandardCharsets.UTF_8);
      this.columns =
          TiersColumns.of(overrides, customers.rolledUp(), group != null, customers.keptHeaders());
      this.audit = columns.has(TiersColumns.Group.AUDIT);
      this.rollUp = columns.has(TiersColumns.Group.ROLL_UP);
      this.keptCount = customers.keptHeaders().size();
      this.labels = new byte[tiers.size()][];
      for (int t = 0; t < labels.length; t++) {
        labels[t] = tiers.get(t).label().getBytes(StandardCharsets.UTF_8);
      }
      this.segmentation = s;
      Overrides.Kind[] kinds = Overrides.Kind.values();
      this.words = new byte[kinds.length][];
      for (Overrides.Kind kind : kinds) {
        words[kind.ordinal()] = kind.word().getBytes(StandardCharsets.UTF_8);
      }
    }

    int count() {
      return curve.size() + overrides.pinnedCount();
    }

    /** Formats rows {@code [from, to)}. */
    void format(int from, int to, Utf8CsvBuffer out) throws IOException {
      int n = curve.size();
      int end = Math.min(to, n);
      if (from < end) {
        ranks(from, end, out);
      }
      for (int row = Math.max(from, n); row < to; row++) {
        pinned(row - n, out);
      }
    }

    /**
     * Ranks {@code [from, to)} of the curve, in either form: one loop, so a column added to a row
     * is added to both (the wide form once went without the accounts column).
     */
    private void ranks(int from, int to, Utf8CsvBuffer out) throws IOException {
      // Locals, not fields, in the loop that writes millions of rows.
      ParetoCurve curve = this.curve;
      Customers customers = this.customers;
      List<Tier> tiers = this.tiers;
      byte[][] labels = this.labels;
      boolean wide = curve.wide();
      long total = wide ? 0 : curve.unscaledTotal();
      BigInteger wideTotal = wide ? curve.wideTotal() : null;
      int scale = customers.scale();
      boolean arrFromMrr = !customers.readAsArr();
      int tier = 0;
      for (int r = from; r < to; r++) {
        // Tiers are contiguous in rank order, so walking forward finds each rank's tier in O(1).
        while (r >= tiers.get(tier).end()) {
          tier++;
        }
        if ((r - from) % BLOCK == 0) {
          out.reserve(rowBytes(r, Math.min(to, r + BLOCK)));
        }
        int c = curve.customerIndex(r);
        out.id(customers, c);
        out.name(customers, c);
        if (group != null) {
          out.text(group);
        }
        if (wide) {
          wideAmounts(r, c, scale, arrFromMrr, out);
        } else {
          longAmounts(r, c, scale, arrFromMrr, out);
        }
        out.number(r + 1L);
        if (wide) {
          out.share(curve.wideCumulative(r), wideTotal);
        } else {
          out.share(curve.unscaledCumulative(r), total);
        }
        if (audit) {
          out.text(labels[overrides.tierOf(segmentation, r)]);
          out.text(labels[tier]);
          out.text(words[overrides.kindOf(r).ordinal()]);
        } else {
          out.text(labels[tier]);
        }
        accountsAndKept(c, out);
        out.end();
      }
    }

    /** The {@code mrr} and {@code arr} cells of rank {@code r} of a curve in the long form. */
    private void longAmounts(int r, int c, int scale, boolean arrFromMrr, Utf8CsvBuffer out)
        throws IOException {
      // From the prefix sums, which are in rank order: the MRR column is in customer order, and
      // reading it at random costs a cache miss a row.
      long mrr = curve.unscaledCumulative(r) - (r == 0 ? 0 : curve.unscaledCumulative(r - 1));
      out.amount(mrr, scale);
      if (arrFromMrr && Math.abs(mrr) <= Long.MAX_VALUE / Mrr.MONTHS_A_YEAR) {
        out.amount(mrr * Mrr.MONTHS_A_YEAR, scale);
      } else {
        out.text(Amounts.plain(customers.arr(c)));
      }
    }

    /**
     * As {@link #longAmounts} for a curve in the wide form (TiersCsvFormsProperties holds the two
     * equal).
     */
    private void wideAmounts(int r, int c, int scale, boolean arrFromMrr, Utf8CsvBuffer out)
        throws IOException {
      BigInteger mrr = curve.wideMrr(r);
      out.amount(mrr, scale);
      if (arrFromMrr) {
        out.amount(mrr.multiply(TWELVE), scale);
      } else {
        out.amount(customers.arr(c));
      }
    }

    /** A pinned customer: off the curve, so no rank or share. */
    private void pinned(int j, Utf8CsvBuffer out) throws IOException {
      int c = overrides.pinnedCustomer(j);
      out.id(customers, c);
      out.name(customers, c);
      if (group != null) {
        out.text(group);
      }
      if (customers.wide()) {
        out.amount(customers.mrr(c));
        out.amount(customers.arr(c));
      } else {
        amounts(c, customers.unscaledMrr(c), customers.scale(), out);
      }
      out.text(NO_WORD);
      out.text(NO_WORD);
      out.text(labels[overrides.pinnedTier(j)]);
      out.text(labels[overrides.pinnedComputedTier(j)]);
      out.text(words[Overrides.Kind.PINNED.ordinal()]);
      accountsAndKept(c, out);
      out.end();
    }

    /** The {@code mrr} and {@code arr} cells. */
    private void amounts(int c, long mrr, int scale, Utf8CsvBuffer out) throws IOException {
      out.amount(mrr, scale);
      if (!customers.readAsArr()
          && mrr != Long.MIN_VALUE
          && Math.abs(mrr) <= Long.MAX_VALUE / Mrr.MONTHS_A_YEAR) {
        out.amount(mrr * Mrr.MONTHS_A_YEAR, scale);
      } else {
        out.text(Amounts.plain(customers.arr(c)));
      }
    }

    /** The cells after the tier and audit columns: {@code accounts} with a roll-up, then kept. */
    private void accountsAndKept(int c, Utf8CsvBuffer out) throws IOException {
      if (rollUp) {
        out.number(customers.accounts(c));
      }
      for (int k = 0; k < keptCount; k++) {
        out.text(customers.kept(c, k));
      }
    }

    /**
     * About the bytes ranks {@code [from, to)} will take, short of kept columns and quoting: their
     * ids and names and a fixed allowance. Customers in rank order sit at random places in memory;
     * this tight loop touches the next rows' text all at once, so the processor waits for those
     * cache misses together rather than one row after another.
     */
    private int rowBytes(int from, int to) {
      int sum = 0;
      for (int r = from; r < to; r++) {
        int c = curve.customerIndex(r);
        // The ROW_ALLOWANCE covers the numbers: MRR on the curve is never negative.
        sum += ROW_ALLOWANCE + customers.idByteLength(c) + customers.nameByteLength(c);
      }
      return sum;
    }
  }
}

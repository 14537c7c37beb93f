package dev.segment.report;

import dev.segment.model.Customers;
import dev.segment.model.Groups;
import dev.segment.model.Mrr;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The Tiers sheet: the header of {@link TiersColumns}, then the rows {@link TiersCsv} writes, in
 * its order, as typed cells.
 */
final class TiersSheet {
  /** Rows held in memory before they are written out: the sheet streams, whatever its size. */
  private static final int FLUSH_ROWS = 4096;

  /** Rows whose text is touched ahead of formatting them. */
  private static final int TOUCH_ROWS = 64;

  /** What a Tiers column holds, and so its cell type and number format. */
  private enum Kind {
    TEXT,
    MONEY,
    COUNT,
    SHARE
  }

  private final Worksheet sheet;
  private final String money;
  private final String currency;
  private final TiersColumns columns;
  // The whole base's curve: the widths are taken from its first rows.
  private final ParetoCurve whole;
  private final Customers customers;
  // The run's overrides: with --group-by, each group's are in partOverrides.
  private final Overrides runOverrides;
  // The curves written one after another: the run's, or with --group-by each group's, in the
  // order of tiers.csv.
  private final List<Segmentation> parts;
  // Each part's overrides: its pinned customers follow its curve's rows.
  private final List<Overrides> partOverrides;
  // With --group-by, each part's group cell; empty without.
  private final List<String> groupNames;
  // 1 with --group-by: the group column after the name moves the later ones right.
  private final int shift;
  // The part being written.
  private ParetoCurve curve;
  private List<Tier> tiers;
  private Segmentation segmentation;
  private Overrides overrides;
  private String group;
  private final boolean audit;
  private final int keptCount;
  // With --parent-column, where the accounts column is (just before the kept ones), else -1.
  private final int accountsColumn;
  private final List<String> header;
  private final Kind[] kinds;
  // The first row not yet formatted and flushed.
  private int blockStart = 1;
  // The sum of the touched lengths, kept so the reads that warm the cache are not left out.
  private long touched;

  TiersSheet(SegmentReport r, String money, Worksheet sheet) {
    this.sheet = sheet;
    this.currency = r.input().currency();
    this.money = money;
    this.segmentation = r.segmentation();
    this.curve = segmentation.curve();
    this.whole = curve;
    this.customers = curve.customers();
    this.tiers = segmentation.tiers();
    this.overrides = r.overrides();
    this.runOverrides = overrides;
    List<Segmentation> parts = new ArrayList<>();
    List<Overrides> partOverrides = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (r.groups().isPresent()) {
      for (Groups.Group g : r.groups().get().groups()) {
        parts.add(g.segmentation());
        partOverrides.add(g.overrides());
        names.add(g.name());
      }
    } else {
      parts.add(segmentation);
      partOverrides.add(overrides);
    }
    this.parts = List.copyOf(parts);
    this.partOverrides = List.copyOf(partOverrides);
    this.groupNames = List.copyOf(names);
    boolean grouped = r.groups().isPresent();
    this.shift = grouped ? 1 : 0;
    this.columns =
        TiersColumns.of(overrides, customers.rolledUp(), grouped, customers.keptHeaders());
    this.audit = columns.has(TiersColumns.Group.AUDIT);
    this.keptCount = customers.keptHeaders().size();
    this.header = columns.header();
    this.accountsColumn =
        columns.has(TiersColumns.Group.ROLL_UP) ? header.size() - keptCount - 1 : -1;
    this.kinds = new Kind[header.size()];
    List<String> own = columns.own();
    for (int c = 0; c < kinds.length; c++) {
      kinds[c] = c < own.size() ? kindOf(own.get(c)) : Kind.TEXT;
    }
  }

  private static Kind kindOf(String column) {
    switch (column) {
      case "mrr":
      case "arr":
        return Kind.MONEY;
      case "rank":
      case "accounts":
        return Kind.COUNT;
      case "cum_mrr_share":
        return Kind.SHARE;
      default:
        return Kind.TEXT;
    }
  }

  void write() throws IOException {
    new TiersWidths(sheet, columns, whole, runOverrides, tiers, groupNames, currency).set();
    header();
    page();
    int count = whole.size() + runOverrides.pinnedCount();
    sheet.setAutoFilter(0, 0, count, header.size() - 1);
    int row = 0;
    for (int p = 0; p < parts.size(); p++) {
      row = part(p, row, count);
    }
  }

  private void header() {
    for (int c = 0; c < header.size(); c++) {
      text(0, c, header.get(c));
    }
    for (int c = 0; c < header.size(); c++) {
      // A heading wider than its column wraps in its cell rather than run into the next one,
      // which print (fit to the page's width) showed.
      if (kinds[c] == Kind.TEXT) {
        sheet.style(0, c).bold().wrapText(true).verticalAlignment("bottom").set();
      } else {
        sheet
            .style(0, c)
            .bold()
            .wrapText(true)
            .verticalAlignment("bottom")
            .horizontalAlignment("right")
            .set();
      }
    }
    sheet.freezePane(0, 1);
  }

  /** Printed: every column on the page's width, the header on every page. */
  private void page() {
    sheet.repeatRows(0);
    sheet.pageOrientation("landscape");
    sheet.setFitToPage(true);
    sheet.fitToWidth((short) 1);
    sheet.fitToHeight((short) 0);
  }

  /**
   * The rows of part {@code p}, after row {@code row} of the {@code count} data rows: its curve's
   * customers, then its pinned ones; returns the last row written. A block of rows is formatted and
   * flushed every {@value #FLUSH_ROWS} rows of the sheet and at its last.
   */
  private int part(int p, int row, int count) throws IOException {
    segmentation = parts.get(p);
    overrides = partOverrides.get(p);
    curve = segmentation.curve();
    tiers = segmentation.tiers();
    group = groupNames.isEmpty() ? null : groupNames.get(p);
    int n = curve.size();
    int rows = n + overrides.pinnedCount();
    int tier = 0;
    for (int i = 0; i < rows; i++) {
      row++;
      if (i < n) {
        if (i % TOUCH_ROWS == 0) {
          touched += touch(i, Math.min(n, i + TOUCH_ROWS));
        }
        while (i >= tiers.get(tier).end()) {
          tier++;
        }
        rank(i, tier, row);
      } else {
        pinned(i - n, row);
      }
      if (row - blockStart + 1 == FLUSH_ROWS || row == count) {
        formats(blockStart, row);
        sheet.flush();
        blockStart = row + 1;
      }
    }
    return row;
  }

  /**
   * Reads the lengths of ranks {@code [from, to)}'s ids and names in a tight loop, as {@link
   * TiersCsv} does: customers in rank order sit at random places in memory, and touching the next
   * rows' text together lets the processor wait for those cache misses at once rather than one row
   * after another (a third off the sheet's profile at a million customers).
   */
  private int touch(int from, int to) {
    int sum = 0;
    for (int r = from; r < to; r++) {
      int c = curve.customerIndex(r);
      sum += customers.idByteLength(c) + customers.nameByteLength(c);
    }
    return sum;
  }

  /** The number formats of rows {@code [from, to]}, one style per column block. */
  private void formats(int from, int to) {
    for (int c = 0; c < kinds.length; c++) {
      switch (kinds[c]) {
        case MONEY:
          Workbook.format(sheet, from, to, c, c, money);
          break;
        case COUNT:
          Workbook.format(sheet, from, to, c, c, Workbook.COUNT);
          break;
        case SHARE:
          Workbook.format(sheet, from, to, c, c, Workbook.SHARE);
          break;
        default:
          break;
      }
    }
  }

  private void rank(int rank, int tier, int row) {
    int c = curve.customerIndex(rank);
    text(row, 0, customers.id(c));
    text(row, 1, customers.name(c));
    groupCell(row);
    StringBuilder share = new StringBuilder(8);
    if (curve.wide()) {
      wideAmounts(row, c);
      CumulativeShare.append(curve.wideCumulative(rank), curve.wideTotal(), share);
    } else {
      // From the prefix sums, in rank order, as tiers.csv takes it: no cache miss a row.
      long mrr =
          curve.unscaledCumulative(rank) - (rank == 0 ? 0 : curve.unscaledCumulative(rank - 1));
      amounts(row, c, mrr);
      CumulativeShare.append(curve.unscaledCumulative(rank), curve.unscaledTotal(), share);
    }
    sheet.value(row, 4 + shift, rank + 1);
    sheet.value(row, 5 + shift, new BigDecimal(share.toString()));
    if (audit) {
      word(row, 6 + shift, tiers.get(overrides.tierOf(segmentation, rank)).label());
      word(row, 7 + shift, tiers.get(tier).label());
      word(row, 8 + shift, overrides.kindOf(rank).word());
    } else {
      word(row, 6 + shift, tiers.get(tier).label());
    }
    accounts(row, c);
    kept(row, c);
  }

  /** A pinned customer: off the curve, so no rank or share. */
  private void pinned(int j, int row) {
    int c = overrides.pinnedCustomer(j);
    text(row, 0, customers.id(c));
    text(row, 1, customers.name(c));
    groupCell(row);
    if (customers.wide()) {
      wideAmounts(row, c);
    } else {
      amounts(row, c, customers.unscaledMrr(c));
    }
    word(row, 6 + shift, tiers.get(overrides.pinnedTier(j)).label());
    word(row, 7 + shift, tiers.get(overrides.pinnedComputedTier(j)).label());
    word(row, 8 + shift, Overrides.Kind.PINNED.word());
    accounts(row, c);
    kept(row, c);
  }

  /** With {@code --group-by}: the group cell, one of a few texts, so a shared string. */
  private void groupCell(int row) {
    if (group != null) {
      word(row, 2, group);
    }
  }

  private void accounts(int row, int c) {
    if (accountsColumn >= 0) {
      sheet.value(row, accountsColumn, customers.accounts(c));
    }
  }

  /** The {@code mrr} and {@code arr} cells, as {@link TiersCsv} computes them. */
  private void amounts(int row, int c, long mrr) {
    int scale = customers.scale();
    sheet.value(row, 2 + shift, BigDecimal.valueOf(mrr, scale));
    if (!customers.readAsArr()
        && mrr != Long.MIN_VALUE
        && Math.abs(mrr) <= Long.MAX_VALUE / Mrr.MONTHS_A_YEAR) {
      sheet.value(row, 3 + shift, BigDecimal.valueOf(mrr * Mrr.MONTHS_A_YEAR, scale));
    } else {
      sheet.value(row, 3 + shift, Workbook.exact(customers.arr(c)));
    }
  }

  /** The {@code mrr} and {@code arr} cells of a customer in the wide form. */
  private void wideAmounts(int row, int c) {
    sheet.value(row, 2 + shift, Workbook.exact(customers.mrr(c)));
    sheet.value(row, 3 + shift, Workbook.exact(customers.arr(c)));
  }

  private void kept(int row, int c) {
    int first = header.size() - keptCount;
    for (int k = 0; k < keptCount; k++) {
      text(row, first + k, customers.kept(c, k));
    }
  }

  /**
   * A text cell holding the text as read; none for empty text, which the CSV writes as an empty
   * field. Inline, not in the shared-string table, which would hold every id and name in memory,
   * unless spaces at either end need keeping.
   */
  private void text(int row, int col, String value) {
    if (value.isEmpty()) {
      return;
    }
    if (value.charAt(0) <= ' ' || value.charAt(value.length() - 1) <= ' ') {
      // Only the shared strings mark their text xml:space="preserve", without which a reader
      // may drop the spaces at either end of a kept cell such as " x ".
      sheet.value(row, col, value);
    } else {
      sheet.inlineString(row, col, value);
    }
  }

  /**
   * A tier label or override word: one of a few texts on every row, so held once in the shared
   * strings and referred to by number (a smaller file, and faster to write).
   */
  private void word(int row, int col, String value) {
    if (!value.isEmpty()) {
      sheet.value(row, col, value);
    }
  }
}

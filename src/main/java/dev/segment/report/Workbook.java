package dev.segment.report;

import dev.segment.model.Concentration;
import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.Groups;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import dev.segment.text.Grouping;
import dev.segment.text.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@code segment.xlsx} through fastexcel: a {@code Summary} sheet (the tier table of {@code
 * segments.csv}, the concentration figures and the chart) and a {@code Tiers} sheet (the columns
 * and rows of {@code tiers.csv}). Amounts, counts, ranks, shares and percentages are number cells
 * holding the CSV files' exact decimals; text is a text cell holding the text as read, never the
 * CSV's formula {@code '}.
 */
public final class Workbook {
  /** The rows of a worksheet (1,048,576) less the header row. */
  public static final int MAX_CUSTOMERS = Worksheet.MAX_ROWS - 1;

  static final String SUMMARY = "Summary";
  static final String TIERS = "Tiers";

  /** Rows held in memory before they are written out: the sheet streams, whatever its size. */
  private static final int FLUSH_ROWS = 4096;

  /** Rows whose text sizes the Tiers sheet's text columns. */
  private static final int WIDTH_SAMPLE = 1000;

  private static final int MAX_TEXT_WIDTH = 50;

  /** Rows whose text is touched ahead of formatting them. */
  private static final int TOUCH_ROWS = 64;

  /** The widest the chart is shown on the Summary sheet, in pixels; its PNG keeps every pixel. */
  static final int CHART_DISPLAY_WIDTH = 960;

  private static final String COUNT = "#,##0";
  private static final String SHARE = "0.0000";
  // Percentages are 0–100 as in the CSV files; the sign is display only, the value stays 45.1234.
  private static final String PERCENT = "0.0\"%\"";

  /** The chart's PNG, asked for once the Tiers sheet is written, so the chart draws meanwhile. */
  @FunctionalInterface
  public interface ChartImage {
    /** The PNG, or empty when the run draws no chart. */
    Optional<byte[]> png() throws IOException;
  }

  private Workbook() {}

  /**
   * Throws the run's data error when its customers (on the curve and pinned) do not fit a
   * worksheet, so a run with {@code --xlsx} can stop before it writes anything.
   */
  public static void requireFits(SegmentReport r) {
    requireFits(rows(r), MAX_CUSTOMERS);
  }

  /** Throws the data error when {@code customers} rows exceed {@code max}. */
  public static void requireFits(long customers, long max) {
    if (customers > max) {
      throw new DataException(
          "segment.xlsx holds at most "
              + Grouping.count(max)
              + " customers (a worksheet's rows less the header) and this run has "
              + Grouping.count(customers)
              + ": leave out --xlsx (tiers.csv holds every customer)");
    }
  }

  /** The Tiers sheet's data rows: the curve's customers, then the pinned ones. */
  public static long rows(SegmentReport r) {
    return (long) r.segmentation().curve().size() + r.overrides().pinnedCount();
  }

  /**
   * Writes the workbook to {@code out} (not closed): the Tiers sheet first, then the Summary sheet
   * with {@code chart}'s image, if any.
   */
  public static void write(SegmentReport r, ChartImage chart, OutputStream out) throws IOException {
    requireFits(r);
    org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(out, "segment", null);
    Worksheet summary = book.newWorksheet(SUMMARY);
    Worksheet tiers = book.newWorksheet(TIERS);
    String money = moneyFormat(r.input().currency());
    new TiersSheet(r, money, tiers).write();
    // A flushed sheet must be finished before another one writes.
    tiers.finish();
    summary(r, money, chart.png(), summary);
    book.finish();
  }

  /**
   * A number format for amounts: grouped, to the currency's minor digits (cents; none for JPY),
   * with the currency's sign or code.
   */
  static String moneyFormat(String currency) {
    int digits = Money.minorDigits(currency);
    String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
    if (currency == null || currency.isEmpty()) {
      return number;
    }
    Optional<String> sign = Money.sign(currency);
    return sign.isPresent()
        ? "\"" + sign.get() + "\"" + number
        : number + "\" " + currency.replace("\"", "") + "\"";
  }

  /**
   * The Summary sheet's column headings, in words for people, over the columns of {@code
   * segments.csv} ({@link SegmentsCsv#HEADER}) in its order.
   */
  static final List<String> SUMMARY_HEADER =
      List.of(
          "Tier",
          "Customers",
          "% of customers",
          "MRR",
          "% of MRR",
          "Cumulative % of customers",
          "Cumulative % of MRR",
          "MRR floor",
          "MRR max",
          "MRR mean",
          "MRR median");

  private static void summary(
      SegmentReport r, String money, Optional<byte[]> png, Worksheet sheet) {
    List<String> header = SUMMARY_HEADER;
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    // Headings wrap inside their cell, never running into the next one on screen or in print;
    // numbers' headings sit over their right-aligned numbers.
    sheet.style(0, 0).bold().wrapText(true).verticalAlignment("bottom").set();
    sheet
        .range(0, 1, 0, header.size() - 1)
        .style()
        .bold()
        .wrapText(true)
        .verticalAlignment("bottom")
        .horizontalAlignment("right")
        .set();
    String currency = r.input().currency();
    int digits = Money.minorDigits(currency);
    // Columns as wide as their header or their widest number as shown, so none shows ###.
    int[] width = new int[header.size()];
    for (int col = 0; col < width.length; col++) {
      width[col] = header.get(col).length();
    }
    int row = 1;
    for (TierStats t : r.tiers()) {
      sheet.value(row, 0, t.label());
      width[0] = Math.max(width[0], t.label().length());
      width[1] = Math.max(width[1], Display.count(t.customers()).length());
      width[3] = Math.max(width[3], shownMoney(t.mrr(), currency));
      sheet.value(row, 1, t.customers());
      sheet.value(row, 2, exact(t.pctCustomers()));
      // Money for people, as on the page: each amount rounded once from its exact figure.
      sheet.value(row, 3, Money.forPeople(t.mrr(), currency));
      sheet.value(row, 4, exact(t.pctMrr()));
      sheet.value(row, 5, exact(t.cumPctCustomers()));
      sheet.value(row, 6, exact(t.cumPctMrr()));
      if (t.amounts().isPresent()) {
        TierStats.Amounts a = t.amounts().get();
        BigDecimal mean = t.mean(digits).orElseThrow();
        sheet.value(row, 7, Money.forPeople(a.floor(), currency));
        sheet.value(row, 8, Money.forPeople(a.max(), currency));
        sheet.value(row, 9, mean);
        sheet.value(row, 10, Money.forPeople(a.median(), currency));
        List<BigDecimal> amounts = List.of(a.floor(), a.max(), mean, a.median());
        for (int k = 0; k < amounts.size(); k++) {
          width[7 + k] = Math.max(width[7 + k], shownMoney(amounts.get(k), currency));
        }
      }
      row++;
    }
    if (row > 1) {
      int last = row - 1;
      format(sheet, 1, last, 1, 1, COUNT);
      format(sheet, 1, last, 2, 2, PERCENT);
      format(sheet, 1, last, 3, 3, money);
      format(sheet, 1, last, 4, 6, PERCENT);
      format(sheet, 1, last, 7, 10, money);
    }
    row++;
    sheet.value(row, 0, "Concentration");
    sheet.style(row, 0).bold().set();
    row++;
    Concentration c = r.concentration();
    List<Figure> figures =
        List.of(
            new Figure(
                "Gini coefficient",
                c.gini(),
                SHARE,
                "0: all pay the same; 1: one customer pays it all"),
            new Figure("MRR held by the top 1%", c.top1Pct(), PERCENT, "of MRR"),
            new Figure("MRR held by the top 10%", c.top10Pct(), PERCENT, "of MRR"),
            new Figure("MRR held by the top 20%", c.top20Pct(), PERCENT, "of MRR"),
            new Figure("50% of MRR is held by", c.customersFor50Pct(), PERCENT, "of customers"),
            new Figure("80% of MRR is held by", c.customersFor80Pct(), PERCENT, "of customers"));
    for (Figure f : figures) {
      sheet.value(row, 0, f.label());
      width[0] = Math.max(width[0], f.label().length());
      sheet.value(row, 1, exact(f.value()));
      sheet.style(row, 1).format(f.format()).set();
      sheet.value(row, 2, f.unit());
      // A gap between the right-aligned number and its unit.
      sheet.style(row, 2).horizontalAlignment("left").indent(1).set();
      row++;
    }
    sheet.width(0, Math.min(MAX_TEXT_WIDTH, width[0] + 2));
    for (int col = 1; col < header.size(); col++) {
      // The figures below the table are in column B: "100.0%" and "0.5909" are 6 wide. The long
      // headings wrap (below) rather than widen their column past its numbers.
      sheet.width(col, Math.max(12, Math.min(width[col], 14) + 3));
    }
    if (png.isPresent()) {
      row++;
      byte[] image = png.get();
      int pixels = pngInt(image, 16);
      int height = pngInt(image, 20);
      int shownWidth = Math.min(pixels, CHART_DISPLAY_WIDTH);
      int shownHeight = (int) Math.round((double) height * shownWidth / pixels);
      sheet.addImage(row, 0, image, shownWidth, shownHeight);
    }
    sheet.pageOrientation("landscape");
    sheet.setFitToPage(true);
    sheet.fitToWidth((short) 1);
    sheet.fitToHeight((short) 1);
  }

  /** The characters an amount takes in the money format: {@code $1,234.50}. */
  static int shownMoney(BigDecimal amount, String currency) {
    return Display.money(amount, currency).length();
  }

  /** A figure of the Summary sheet's concentration block. */
  private record Figure(String label, BigDecimal value, String format, String unit) {}

  /** Width or height from a PNG's header chunk (IHDR), which follows the 8-byte signature. */
  static int pngInt(byte[] png, int at) {
    if (png.length < 24 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
      throw new IllegalArgumentException("not a PNG image");
    }
    return ((png[at] & 0xFF) << 24)
        | ((png[at + 1] & 0xFF) << 16)
        | ((png[at + 2] & 0xFF) << 8)
        | (png[at + 3] & 0xFF);
  }

  /**
   * The number as a cell holds it: every digit, and no exponent from a negative scale (fastexcel
   * writes the decimal's text, which Excel and LibreOffice read to the nearest double).
   */
  static BigDecimal exact(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** One number format over a block of cells, set once for the block rather than per cell. */
  private static void format(
      Worksheet sheet, int top, int bottom, int left, int right, String format) {
    sheet.range(top, left, bottom, right).style().format(format).set();
  }

  /** What a Tiers column holds, and so its cell type and number format. */
  private enum Kind {
    TEXT,
    MONEY,
    COUNT,
    SHARE
  }

  /**
   * The Tiers sheet: the header of {@link TiersColumns}, then the rows {@link TiersCsv} writes, in
   * its order, as typed cells.
   */
  private static final class TiersSheet {
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
      int last = header.size() - 1;
      widths();
      for (int c = 0; c <= last; c++) {
        text(0, c, header.get(c));
      }
      for (int c = 0; c <= last; c++) {
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
      // Printed: every column on the page's width, the header on every page.
      sheet.repeatRows(0);
      sheet.pageOrientation("landscape");
      sheet.setFitToPage(true);
      sheet.fitToWidth((short) 1);
      sheet.fitToHeight((short) 0);
      int count = whole.size() + runOverrides.pinnedCount();
      sheet.setAutoFilter(0, 0, count, last);
      int blockStart = 1;
      int row = 0;
      for (int p = 0; p < parts.size(); p++) {
        segmentation = parts.get(p);
        overrides = partOverrides.get(p);
        curve = segmentation.curve();
        tiers = segmentation.tiers();
        group = groupNames.isEmpty() ? null : groupNames.get(p);
        int n = curve.size();
        // Each curve's pinned customers follow its rows.
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
      }
    }

    /**
     * Reads the lengths of ranks {@code [from, to)}'s ids and names in a tight loop, as {@link
     * TiersCsv} does: customers in rank order sit at random places in memory, and touching the next
     * rows' text together lets the processor wait for those cache misses at once rather than one
     * row after another (a third off the sheet's profile at a million customers).
     */
    private int touch(int from, int to) {
      int sum = 0;
      for (int r = from; r < to; r++) {
        int c = curve.customerIndex(r);
        sum += customers.idByteLength(c) + customers.nameByteLength(c);
      }
      return sum;
    }

    /** Column widths from the header and the first rows' text, before the first flush. */
    private void widths() {
      int sample = Math.min(whole.size(), WIDTH_SAMPLE);
      int labels = 0;
      for (Tier t : tiers) {
        labels = Math.max(labels, t.label().length());
      }
      for (int col = 0; col < header.size(); col++) {
        // Room for the bold header, and a gap between a right-aligned number and the text after.
        int width = header.get(col).length() + 4;
        String column = col < columns.own().size() ? columns.own().get(col) : "";
        int k = col - (header.size() - keptCount);
        switch (column) {
          case "mrr":
          case "arr":
            width = Math.max(width, moneyWidth(column.equals("arr")) + 3);
            break;
          case "rank":
          case "cum_mrr_share":
            // A rank up to 1,048,575.
            width = Math.max(width, 11);
            break;
          case "tier":
          case "computed_tier":
            width = Math.max(width, labels + 2);
            break;
          case TiersColumns.GROUP:
            for (String name : groupNames) {
              width = Math.max(width, name.length() + 1);
            }
            break;
          default:
            for (int rank = 0; rank < sample; rank++) {
              int c = whole.customerIndex(rank);
              String text =
                  column.equals("customer_id")
                      ? customers.id(c)
                      : column.equals("name")
                          ? customers.name(c)
                          : k >= 0 ? customers.kept(c, k) : "";
              width = Math.max(width, text.length() + 1);
            }
            break;
        }
        // The cap is for long text below; the header is never narrower than its words.
        sheet.width(col, Math.max(header.get(col).length() + 4, Math.min(MAX_TEXT_WIDTH, width)));
      }
    }

    /**
     * The widest amount shown in the {@code mrr} or {@code arr} column: the curve's first
     * customer's or a pinned one's, which is off the curve.
     */
    private int moneyWidth(boolean arr) {
      String currency = this.currency;
      List<Integer> widest = new ArrayList<>();
      if (whole.size() > 0) {
        widest.add(whole.customerIndex(0));
      }
      for (int j = 0; j < runOverrides.pinnedCount(); j++) {
        widest.add(runOverrides.pinnedCustomer(j));
      }
      int width = 0;
      for (int c : widest) {
        BigDecimal amount = arr ? customers.arr(c) : customers.mrr(c);
        width = Math.max(width, shownMoney(amount, currency));
      }
      return width;
    }

    /** The number formats of rows {@code [from, to]}, one style per column block. */
    private void formats(int from, int to) {
      for (int c = 0; c < kinds.length; c++) {
        switch (kinds[c]) {
          case MONEY:
            format(sheet, from, to, c, c, money);
            break;
          case COUNT:
            format(sheet, from, to, c, c, COUNT);
            break;
          case SHARE:
            format(sheet, from, to, c, c, SHARE);
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
      if (!customers.readAsArr() && mrr != Long.MIN_VALUE && Math.abs(mrr) <= Long.MAX_VALUE / 12) {
        sheet.value(row, 3 + shift, BigDecimal.valueOf(mrr * 12, scale));
      } else {
        sheet.value(row, 3 + shift, exact(customers.arr(c)));
      }
    }

    /** The {@code mrr} and {@code arr} cells of a customer in the wide form. */
    private void wideAmounts(int row, int c) {
      sheet.value(row, 2 + shift, exact(customers.mrr(c)));
      sheet.value(row, 3 + shift, exact(customers.arr(c)));
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
}

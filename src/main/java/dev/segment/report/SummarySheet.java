package dev.segment.report;

import static dev.segment.report.Workbook.COUNT;
import static dev.segment.report.Workbook.MAX_TEXT_WIDTH;
import static dev.segment.report.Workbook.PERCENT;
import static dev.segment.report.Workbook.SHARE;
import static dev.segment.report.Workbook.exact;
import static dev.segment.report.Workbook.format;
import static dev.segment.report.Workbook.shownMoney;

import dev.segment.model.Concentration;
import dev.segment.model.SegmentReport;
import dev.segment.model.TierStats;
import dev.segment.text.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook's {@code Summary} sheet: the tier table of {@code segments.csv} under headings in
 * words, the concentration figures below it and the chart's image below them, fitted to one
 * landscape page.
 */
final class SummarySheet {
  /**
   * The Summary sheet's column headings, in words for people, over the columns of {@code
   * segments.csv} ({@link SegmentsCsv#HEADER}) in its order.
   */
  static final List<String> HEADER =
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

  /** The widest the chart is shown on the Summary sheet, in pixels; its PNG keeps every pixel. */
  static final int CHART_DISPLAY_WIDTH = 960;

  private final SegmentReport r;
  private final String money;
  private final Worksheet sheet;
  // Columns as wide as their header or their widest number as shown, so none shows ###.
  private final int[] width = new int[HEADER.size()];

  SummarySheet(SegmentReport r, String money, Worksheet sheet) {
    this.r = r;
    this.money = money;
    this.sheet = sheet;
  }

  /** Writes the sheet, with {@code png} below the figures when there is one. */
  void write(Optional<byte[]> png) {
    header();
    int row = tiers();
    row = concentration(row + 1);
    widths();
    if (png.isPresent()) {
      chart(png.get(), row + 1);
    }
    sheet.pageOrientation("landscape");
    sheet.setFitToPage(true);
    sheet.fitToWidth((short) 1);
    sheet.fitToHeight((short) 1);
  }

  private void header() {
    for (int c = 0; c < HEADER.size(); c++) {
      sheet.value(0, c, HEADER.get(c));
      width[c] = HEADER.get(c).length();
    }
    // Headings wrap inside their cell, never running into the next one on screen or in print;
    // numbers' headings sit over their right-aligned numbers.
    sheet.style(0, 0).bold().wrapText(true).verticalAlignment("bottom").set();
    sheet
        .range(0, 1, 0, HEADER.size() - 1)
        .style()
        .bold()
        .wrapText(true)
        .verticalAlignment("bottom")
        .horizontalAlignment("right")
        .set();
  }

  /** The tier table's rows from row 1; returns the row after the last. */
  private int tiers() {
    int row = 1;
    for (TierStats t : r.tiers()) {
      tier(t, row);
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
    return row;
  }

  private void tier(TierStats t, int row) {
    String currency = r.input().currency();
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
      BigDecimal mean = t.mean(Money.minorDigits(currency)).orElseThrow();
      sheet.value(row, 7, Money.forPeople(a.floor(), currency));
      sheet.value(row, 8, Money.forPeople(a.max(), currency));
      sheet.value(row, 9, mean);
      sheet.value(row, 10, Money.forPeople(a.median(), currency));
      List<BigDecimal> amounts = List.of(a.floor(), a.max(), mean, a.median());
      for (int k = 0; k < amounts.size(); k++) {
        width[7 + k] = Math.max(width[7 + k], shownMoney(amounts.get(k), currency));
      }
    }
  }

  /** The concentration block from {@code row}; returns the row after its last. */
  private int concentration(int row) {
    sheet.value(row, 0, "Concentration");
    sheet.style(row, 0).bold().set();
    row++;
    for (Figure f : figures(r.concentration())) {
      sheet.value(row, 0, f.label());
      width[0] = Math.max(width[0], f.label().length());
      sheet.value(row, 1, exact(f.value()));
      sheet.style(row, 1).format(f.format()).set();
      sheet.value(row, 2, f.unit());
      // A gap between the right-aligned number and its unit.
      sheet.style(row, 2).horizontalAlignment("left").indent(1).set();
      row++;
    }
    return row;
  }

  private static List<Figure> figures(Concentration c) {
    return List.of(
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
  }

  private void widths() {
    sheet.width(0, Math.min(MAX_TEXT_WIDTH, width[0] + 2));
    for (int col = 1; col < HEADER.size(); col++) {
      // The figures below the table are in column B: "100.0%" and "0.5909" are 6 wide. The long
      // headings wrap (below) rather than widen their column past its numbers.
      sheet.width(col, Math.max(12, Math.min(width[col], 14) + 3));
    }
  }

  /** The chart's image at {@code row}, at most {@link #CHART_DISPLAY_WIDTH} wide as shown. */
  private void chart(byte[] image, int row) {
    int pixels = pngInt(image, 16);
    int height = pngInt(image, 20);
    int shownWidth = Math.min(pixels, CHART_DISPLAY_WIDTH);
    int shownHeight = (int) Math.round((double) height * shownWidth / pixels);
    sheet.addImage(row, 0, image, shownWidth, shownHeight);
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
}

package dev.segment.report;

import dev.segment.model.DataException;
import dev.segment.model.SegmentReport;
import dev.segment.text.Grouping;
import dev.segment.text.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Optional;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@code segment.xlsx} through fastexcel: a {@code Summary} sheet (the tier table of {@code
 * segments.csv}, the concentration figures and the chart) and a {@code Tiers} sheet (the columns
 * and rows of {@code tiers.csv}). Amounts, counts, ranks, shares and percentages are number cells
 * holding the CSV files' exact decimals; text is a text cell holding the text as read, never the
 * CSV's formula {@code '}.
 *
 * <p>Each sheet has its class: {@link SummarySheet}, and {@link TiersSheet} with its column widths
 * in {@link TiersWidths}; the number formats and cell helpers they share are here.
 */
public final class Workbook {
  /** The rows of a worksheet (1,048,576) less the header row. */
  public static final int MAX_CUSTOMERS = Worksheet.MAX_ROWS - 1;

  static final String SUMMARY = "Summary";
  static final String TIERS = "Tiers";

  static final int MAX_TEXT_WIDTH = 50;

  static final String COUNT = "#,##0";
  static final String SHARE = "0.0000";
  // Percentages are 0–100 as in the CSV files; the sign is display only, the value stays 45.1234.
  static final String PERCENT = "0.0\"%\"";

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
    new SummarySheet(r, money, summary).write(chart.png());
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

  /** The characters an amount takes in the money format: {@code $1,234.50}. */
  static int shownMoney(BigDecimal amount, String currency) {
    return Display.money(amount, currency).length();
  }

  /**
   * The number as a cell holds it: every digit, and no exponent from a negative scale (fastexcel
   * writes the decimal's text, which Excel and LibreOffice read to the nearest double).
   */
  static BigDecimal exact(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** One number format over a block of cells, set once for the block rather than per cell. */
  static void format(Worksheet sheet, int top, int bottom, int left, int right, String format) {
    sheet.range(top, left, bottom, right).style().format(format).set();
  }
}

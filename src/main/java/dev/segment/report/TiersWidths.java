package dev.segment.report;

import dev.segment.model.Customers;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The Tiers sheet's column widths, set before its first rows are flushed: from the header, the
 * widest amount, the tier labels and group names, and the first rows' text.
 */
final class TiersWidths {
  /** Rows whose text sizes the Tiers sheet's text columns. */
  private static final int WIDTH_SAMPLE = 1000;

  private final Worksheet sheet;
  private final TiersColumns columns;
  private final List<String> header;
  // The whole base's curve: the widths are taken from its first rows.
  private final ParetoCurve whole;
  private final Customers customers;
  private final Overrides overrides;
  private final List<Tier> tiers;
  private final List<String> groupNames;
  private final String currency;
  private final int keptCount;

  TiersWidths(
      Worksheet sheet,
      TiersColumns columns,
      ParetoCurve whole,
      Overrides overrides,
      List<Tier> tiers,
      List<String> groupNames,
      String currency) {
    this.sheet = sheet;
    this.columns = columns;
    this.header = columns.header();
    this.whole = whole;
    this.customers = whole.customers();
    this.overrides = overrides;
    this.tiers = tiers;
    this.groupNames = groupNames;
    this.currency = currency;
    this.keptCount = customers.keptHeaders().size();
  }

  /** Sets every column's width. */
  void set() {
    for (int col = 0; col < header.size(); col++) {
      // The cap is for long text below; the header is never narrower than its words.
      sheet.width(
          col,
          Math.max(header.get(col).length() + 4, Math.min(Workbook.MAX_TEXT_WIDTH, width(col))));
    }
  }

  private int width(int col) {
    // Room for the bold header, and a gap between a right-aligned number and the text after.
    int width = header.get(col).length() + 4;
    String column = col < columns.own().size() ? columns.own().get(col) : "";
    switch (column) {
      case "mrr":
      case "arr":
        return Math.max(width, moneyWidth(column.equals("arr")) + 3);
      case "rank":
      case "cum_mrr_share":
        // A rank up to 1,048,575.
        return Math.max(width, 11);
      case "tier":
      case "computed_tier":
        return Math.max(width, labels() + 2);
      case TiersColumns.GROUP:
        for (String name : groupNames) {
          width = Math.max(width, name.length() + 1);
        }
        return width;
      default:
        return Math.max(width, textWidth(column, col - (header.size() - keptCount)));
    }
  }

  private int labels() {
    int labels = 0;
    for (Tier t : tiers) {
      labels = Math.max(labels, t.label().length());
    }
    return labels;
  }

  /** The widest text of the first rows in {@code column}, the kept column {@code k} if k ≥ 0. */
  private int textWidth(String column, int k) {
    int sample = Math.min(whole.size(), WIDTH_SAMPLE);
    int width = 0;
    for (int rank = 0; rank < sample; rank++) {
      int c = whole.customerIndex(rank);
      String text =
          column.equals("customer_id")
              ? customers.id(c)
              : column.equals("name") ? customers.name(c) : k >= 0 ? customers.kept(c, k) : "";
      width = Math.max(width, text.length() + 1);
    }
    return width;
  }

  /**
   * The widest amount shown in the {@code mrr} or {@code arr} column: the curve's first customer's
   * or a pinned one's, which is off the curve.
   */
  private int moneyWidth(boolean arr) {
    List<Integer> widest = new ArrayList<>();
    if (whole.size() > 0) {
      widest.add(whole.customerIndex(0));
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      widest.add(overrides.pinnedCustomer(j));
    }
    int width = 0;
    for (int c : widest) {
      BigDecimal amount = arr ? customers.arr(c) : customers.mrr(c);
      width = Math.max(width, Workbook.shownMoney(amount, currency));
    }
    return width;
  }
}

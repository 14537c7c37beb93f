package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.Concentration;
import dev.segment.model.CutRule;
import dev.segment.model.DateReading;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.TierStats;
import dev.segment.text.Money;
import dev.segment.text.RuleText;
import java.math.BigDecimal;
import java.util.List;

/**
 * The summary's figures in words, shared by the terminal report and report.html: the totals, the
 * tier table's cells and the concentration figures.
 */
final class SummaryText {
  /** The tier table's rows, one figure each; the indented ones qualify the row above. */
  static final List<String> MEASURES =
      List.of(
          "Customers",
          "% of customers",
          "  cumulative",
          "MRR",
          "% of MRR",
          "  cumulative",
          "MRR floor",
          "MRR max",
          "MRR mean",
          "MRR median");

  static final String GINI_LABEL = "Gini coefficient";
  static final String GINI_NOTE = "(0: all pay the same; 1: one customer pays it all)";

  private SummaryText() {}

  /** {@code $3,726,514.20 a month, from 2,000 customers on the curve}. */
  static String totalMrr(SegmentReport r) {
    ParetoCurve curve = r.segmentation().curve();
    // Under --trailing the figure is a run rate, and says so where the total is read.
    String runRate =
        r.input()
            .reading()
            .dated()
            .filter(d -> d.rule() instanceof DateReading.Trailing)
            .map(d -> ((DateReading.Trailing) d.rule()).months())
            .map(m -> " (a run rate over " + Display.plural(m, "month", "months") + ")")
            .orElse("");
    String currency = r.input().currency();
    return Display.money(curve.totalMrr(Money.minorDigits(currency)), currency)
        + " a month"
        + runRate
        + ", from "
        + Display.plural(curve.size(), "customer", "customers")
        + " on the curve";
  }

  static String totalArr(SegmentReport r) {
    return Display.money(r.segmentation().curve().totalArr(), r.input().currency());
  }

  /** The rule in words: {@code by customers, cuts 10%, 30%}. */
  static String rule(CutRule rule, String currency) {
    return RuleText.summary(rule, floor -> Display.money(floor, currency));
  }

  /** The tier's label, then one cell per measure of {@link #MEASURES}. */
  static String[] column(TierStats t, String currency) {
    String[] cells = new String[MEASURES.size() + 1];
    cells[0] = escape(t.label());
    cells[1] = Display.count(t.customers());
    cells[2] = Display.percent(t.pctCustomers());
    cells[3] = Display.percent(t.cumPctCustomers());
    cells[4] = Display.money(t.mrr(), currency);
    cells[5] = Display.percent(t.pctMrr());
    cells[6] = Display.percent(t.cumPctMrr());
    if (t.amounts().isPresent()) {
      TierStats.Amounts a = t.amounts().get();
      cells[7] = Display.money(a.floor(), currency);
      cells[8] = Display.money(a.max(), currency);
      cells[9] = Display.money(t.mean(Money.minorDigits(currency)).orElseThrow(), currency);
      cells[10] = Display.money(a.median(), currency);
    } else {
      for (int i = 7; i <= 10; i++) {
        cells[i] = "(empty)";
      }
    }
    return cells;
  }

  /** Said under the table for each tier with no customer. */
  static String emptyTier(TierStats t) {
    return escape(t.label()) + " is empty: no customer falls within its cuts.";
  }

  /** A concentration figure after the Gini coefficient: its value and what it is a share of. */
  record Figure(String label, BigDecimal pct, String unit) {
    String value() {
      return Display.percent(pct);
    }
  }

  static List<Figure> figures(Concentration c) {
    return List.of(
        new Figure("MRR held by the top 1%", c.top1Pct(), " of MRR"),
        new Figure("MRR held by the top 10%", c.top10Pct(), " of MRR"),
        new Figure("MRR held by the top 20%", c.top20Pct(), " of MRR"),
        new Figure("50% of MRR is held by", c.customersFor50Pct(), " of customers"),
        new Figure("80% of MRR is held by", c.customersFor80Pct(), " of customers"));
  }
}

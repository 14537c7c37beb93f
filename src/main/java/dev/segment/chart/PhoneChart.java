package dev.segment.chart;

import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import dev.segment.text.Percent;
import dev.segment.text.TierColours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The chart drawn simpler for a phone's width, as report.html shows it there: the tier bands, the
 * grey MRR bars as one path, the cumulative % line, and a legend line per tier below the plot, on a
 * canvas 360 units wide that the page shows about as many pixels wide, so no label is under 12 px.
 * Drawn by hand as SVG text: a full chart scaled down to a phone makes its labels unreadable.
 */
public final class PhoneChart {
  private static final int WIDTH = 360;
  private static final double LEFT = 8;
  private static final double RIGHT = 318;
  private static final double TOP = 12;
  private static final double BOTTOM = 182;
  private static final int COLUMNS = 120;
  private static final int LEGEND_LINE = 20;

  private PhoneChart() {}

  /** One {@code <svg>} element, for inline use in report.html. */
  public static String svg(SegmentReport report) {
    ParetoCurve curve = report.segmentation().curve();
    List<Tier> tiers = report.segmentation().tiers();
    List<TierStats> stats = report.tiers();
    int n = curve.size();
    int height = (int) BOTTOM + 34 + LEGEND_LINE * tiers.size();
    StringBuilder s = new StringBuilder(8192);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Pareto chart of MRR by tier\"")
        .append(" font-family=\"system-ui, sans-serif\" font-size=\"13\">");
    for (int t = 0; t < tiers.size(); t++) {
      Tier tier = tiers.get(t);
      if (tier.isEmpty()) {
        continue;
      }
      double x0 = x(tier.start(), n);
      double x1 = x(tier.end(), n);
      s.append("<rect x=\"").append(f(x0)).append("\" y=\"").append(f(TOP));
      s.append("\" width=\"").append(f(x1 - x0)).append("\" height=\"").append(f(BOTTOM - TOP));
      s.append("\" fill=\"").append(TierColours.hex(TierColours.shade(t))).append("\"/>");
    }
    if (n > 0) {
      CurveColumns columns = CurveColumns.of(curve, COLUMNS);
      double max = columns.maxHeight();
      if (max > 0) {
        StringBuilder d = new StringBuilder();
        for (int c = 0; c < columns.columns(); c++) {
          double h = columns.height(c) / max * (BOTTOM - TOP - 8);
          if (h <= 0) {
            continue;
          }
          double x0 = LEFT + columns.start(c) / 100 * (RIGHT - LEFT);
          double x1 = LEFT + columns.end(c) / 100 * (RIGHT - LEFT);
          d.append('M').append(f(x0)).append(' ').append(f(BOTTOM));
          d.append('V').append(f(BOTTOM - h)).append('H').append(f(Math.max(x1, x0 + 0.6)));
          d.append('V').append(f(BOTTOM)).append('Z');
        }
        s.append("<path fill=\"#8c939b\" d=\"").append(d).append("\"/>");
      }
      if (columns.linePoints() > 0) {
        s.append("<polyline fill=\"none\" stroke=\"#1a5fc8\" stroke-width=\"2.5\" points=\"");
        for (int p = 0; p < columns.linePoints(); p++) {
          s.append(p == 0 ? "" : " ")
              .append(f(LEFT + columns.lineX(p) / 100 * (RIGHT - LEFT)))
              .append(',')
              .append(f(BOTTOM - columns.lineY(p) / 100 * (BOTTOM - TOP)));
        }
        s.append("\"/>");
      }
    }
    s.append("<line x1=\"").append(f(LEFT)).append("\" y1=\"").append(f(BOTTOM));
    s.append("\" x2=\"").append(f(RIGHT)).append("\" y2=\"").append(f(BOTTOM));
    s.append("\" stroke=\"#9aa0a6\"/>");
    // The % axis on the right: 0, 50 and 100% of MRR.
    for (int pct : new int[] {0, 50, 100}) {
      double y = BOTTOM - pct / 100.0 * (BOTTOM - TOP);
      text(s, RIGHT + 4, y + 4, "start", "#59636e", 12, false, pct + "%");
    }
    double axisY = BOTTOM + 16;
    text(s, LEFT, axisY, "start", "#59636e", 12, false, "0%");
    text(s, (LEFT + RIGHT) / 2, axisY, "middle", "#59636e", 12, false, "customers, by MRR");
    text(s, RIGHT, axisY, "end", "#59636e", 12, false, "100%");
    double y = BOTTOM + 34;
    for (int t = 0; t < tiers.size(); t++) {
      TierStats st = stats.get(t);
      s.append("<rect x=\"").append(f(LEFT)).append("\" y=\"").append(f(y - 11));
      s.append("\" width=\"12\" height=\"12\" rx=\"2\" fill=\"");
      s.append(TierColours.hex(TierColours.shade(t))).append("\" stroke=\"");
      s.append(TierColours.hex(TierColours.accent(t))).append("\"/>");
      String line =
          st.label()
              + ": "
              + Percent.oneDecimal(st.pctCustomers())
              + " of customers, "
              + Percent.oneDecimal(st.pctMrr())
              + " of MRR";
      text(s, LEFT + 18, y, "start", "#1f2328", 13, false, line);
      y += LEGEND_LINE;
    }
    s.append("</svg>");
    return s.toString();
  }

  private static double x(int rank, int n) {
    return n == 0 ? LEFT : LEFT + (double) rank / n * (RIGHT - LEFT);
  }

  private static void text(
      StringBuilder s,
      double x,
      double y,
      String anchor,
      String colour,
      int size,
      boolean bold,
      String text) {
    s.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y));
    s.append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour);
    s.append("\" font-size=\"").append(size).append('"');
    if (bold) {
      s.append(" font-weight=\"bold\"");
    }
    s.append('>').append(xml(text)).append("</text>");
  }

  private static String f(double v) {
    return oneDecimal(v);
  }

  /**
   * {@code String.format(Locale.ROOT, "%.1f", v)}, at a fraction of its cost (a chart writes a few
   * hundred numbers, and a Formatter per number was most of the page's time): the Formatter rounds
   * half up the shortest decimal that reads back as {@code v}, which is what {@link
   * BigDecimal#valueOf(double)} holds. A negative, huge or odd value goes to the Formatter itself.
   */
  static String oneDecimal(double v) {
    if (!(v >= 0) || v >= 1e7 || (v == 0 && 1 / v < 0)) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /** Text from the input (tier labels) as SVG text: markup characters escaped. */
  static String xml(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}

package dev.segment.chart;

import dev.segment.model.Groups;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import dev.segment.text.MoneyText;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.ui.Drawable;

/**
 * The chart of a run with {@code --group-by}: one small Pareto chart per group ({@link
 * ParetoChart#buildGroup}) for the {@value Groups#CHARTED} largest groups by MRR, in a grid under
 * the run's title, and the groups past those named in a line under the grid. Drawn on the same
 * 1600x900 canvas as the one chart ({@link ChartPng}, {@link ChartSvg}); no I/O.
 */
public final class GroupGrid implements Drawable {
  /** A cell narrower than this many canvas units draws its chart scaled down to fit it. */
  private static final double CELL_CANVAS = 800;

  private static final double PAD = 24;
  private static final double TITLE_BAND = 56;
  private static final double REST_BAND = 36;

  private final Optional<String> title;
  private final List<JFreeChart> charts;
  private final Optional<String> rest;

  private GroupGrid(Optional<String> title, List<JFreeChart> charts, Optional<String> rest) {
    this.title = title;
    this.charts = List.copyOf(charts);
    this.rest = rest;
  }

  /** The grid of a run with groups, titled as the one chart would be. */
  public static GroupGrid build(SegmentReport report, Presentation presentation) {
    return of(
        report,
        presentation,
        Optional.of(presentation.title().orElseGet(() -> defaultTitle(report))));
  }

  /** As {@link #build}, without the title: for report.html, whose heading says it. */
  public static GroupGrid buildUntitled(SegmentReport report, Presentation presentation) {
    return of(report, presentation, Optional.empty());
  }

  private static GroupGrid of(
      SegmentReport report, Presentation presentation, Optional<String> title) {
    Groups groups =
        report
            .groups()
            .orElseThrow(() -> new IllegalArgumentException("a group grid needs --group-by"));
    String currency = report.input().currency();
    List<JFreeChart> charts = new ArrayList<>();
    for (Groups.Group g : groups.charted()) {
      charts.add(labelsClearOfData(ParetoChart.buildGroup(g, currency, presentation)));
    }
    return new GroupGrid(title, charts, restLine(groups.notCharted(), currency));
  }

  /**
   * The cell's chart with its tier labels laid out as a cell's ({@link TierLabels#inCell}): never
   * over its bars or curve.
   */
  private static JFreeChart labelsClearOfData(JFreeChart chart) {
    if (chart.getXYPlot() instanceof ParetoPlot plot) {
      for (XYAnnotation a : List.copyOf(plot.getAnnotations())) {
        if (a instanceof TierLabels labels) {
          plot.removeAnnotation(labels, false);
          plot.setTierLabels(labels.inCell());
        }
      }
    }
    return chart;
  }

  /** The run's title with the grid's promise: {@code MRR Pareto: ..., each group on its curve}. */
  static String defaultTitle(SegmentReport report) {
    return ParetoChart.defaultTitle(report) + ", each group on its own curve";
  }

  /**
   * The line under the grid naming the groups not charted, each with its MRR, largest first; empty
   * when every group has its chart.
   */
  static Optional<String> restLine(List<Groups.Group> notCharted, String currency) {
    if (notCharted.isEmpty()) {
      return Optional.empty();
    }
    MoneyText money = MoneyText.of(currency);
    StringBuilder b = new StringBuilder();
    b.append("Not charted (").append(notCharted.size());
    b.append(notCharted.size() == 1 ? " smaller group): " : " smaller groups): ");
    for (int i = 0; i < notCharted.size(); i++) {
      Groups.Group g = notCharted.get(i);
      b.append(i == 0 ? "" : ", ").append(g.name()).append(' ').append(money.approx(g.mrr()));
    }
    return Optional.of(b.toString());
  }

  /** The charts in the grid, largest group first. */
  public List<JFreeChart> charts() {
    return charts;
  }

  public Optional<String> rest() {
    return rest;
  }

  /** Columns for {@code n} charts: 1, 2 (up to 4), 3 (up to 9), else 4. */
  static int columns(int n) {
    return n <= 1 ? 1 : n <= 4 ? 2 : n <= 9 ? 3 : 4;
  }

  /** Each cell's area on the canvas, row by row, the grid filling what the title and line leave. */
  List<Rectangle2D> cells(Rectangle2D area) {
    int n = charts.size();
    int cols = columns(n);
    int rows = Math.max(1, (n + cols - 1) / cols);
    double top = area.getY() + (title.isPresent() ? TITLE_BAND : 0);
    double bottom = area.getMaxY() - (rest.isPresent() ? REST_BAND : 0);
    double w = area.getWidth() / cols;
    double h = Math.max(1, bottom - top) / rows;
    List<Rectangle2D> cells = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cells.add(new Rectangle2D.Double(area.getX() + (i % cols) * w, top + (i / cols) * h, w, h));
    }
    return cells;
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area) {
    g2.setPaint(Color.WHITE);
    g2.fill(area);
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    title.ifPresent(
        t -> {
          g2.setFont(ChartStyle.TITLE);
          g2.setPaint(ChartStyle.TEXT);
          g2.drawString(
              fit(t, g2.getFontMetrics(), area.getWidth() - 2 * PAD),
              (float) (area.getX() + PAD),
              (float) (area.getY() + 18 + g2.getFontMetrics().getAscent()));
        });
    List<Rectangle2D> cells = cells(area);
    for (int i = 0; i < charts.size(); i++) {
      Rectangle2D cell = cells.get(i);
      // Each chart is laid out on a canvas about CELL_CANVAS wide and scaled into its cell, so a
      // small cell keeps the chart's proportions instead of crowding its labels.
      double k = Math.min(1, cell.getWidth() / CELL_CANVAS);
      Graphics2D c = (Graphics2D) g2.create();
      try {
        c.translate(cell.getX(), cell.getY());
        c.scale(k, k);
        charts
            .get(i)
            .draw(c, new Rectangle2D.Double(0, 0, cell.getWidth() / k, cell.getHeight() / k));
      } finally {
        c.dispose();
      }
    }
    rest.ifPresent(
        r -> {
          g2.setFont(ChartStyle.SUBTITLE);
          g2.setPaint(ChartStyle.MUTED);
          g2.drawString(
              fit(r, g2.getFontMetrics(), area.getWidth() - 2 * PAD),
              (float) (area.getX() + PAD),
              (float) (area.getMaxY() - 12));
        });
  }

  /** {@code text} cut to {@code width} with an ellipsis; segments.csv and the page list all. */
  private static String fit(String text, FontMetrics fm, double width) {
    if (fm.stringWidth(text) <= width) {
      return text;
    }
    int end = text.length();
    while (end > 0 && fm.stringWidth(text.substring(0, end) + "\u2026") > width) {
      end--;
    }
    return text.substring(0, end) + "\u2026";
  }
}

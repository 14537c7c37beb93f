package dev.segment.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * The tiers' label boxes and the dots where each tier ends on the cumulative curve. Boxes are laid
 * out when drawn, in pixels, by {@link LabelLayout}: near the top of the plot, clear of each other,
 * of the bars, of the curve and of the reference line and its label.
 */
final class TierLabels extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;
  private static final double PAD_X = 10;
  private static final double PAD_Y = 7;
  private static final double MARGIN = 8;
  private static final double GAP = 10;
  private static final double DOT = 5.5;

  private final List<TierLabel> labels;
  private final ValueMarker reference;
  private final boolean mayCoverData;

  /**
   * @param reference the reference line on the percentage axis, whose label the boxes keep clear of
   */
  TierLabels(List<TierLabel> labels, ValueMarker reference) {
    this(labels, reference, true);
  }

  private TierLabels(List<TierLabel> labels, ValueMarker reference, boolean mayCoverData) {
    this.labels = List.copyOf(labels);
    this.reference = reference;
    this.mayCoverData = mayCoverData;
  }

  /**
   * These labels as a cell of the group grid lays them out: never over the bars, the curve or the
   * reference line. Where no label fits clear of them at any level, each is drawn as its name alone
   * where that fits clear, and left out where not; its band's colour, the same in every cell, and
   * the dot where it ends on the curve still mark it, and the report names every tier.
   */
  TierLabels inCell() {
    return new TierLabels(labels, reference, false);
  }

  List<TierLabel> labels() {
    return labels;
  }

  /** How much of a label a layout shows, from all of it to its name alone. */
  enum Level {
    /** The name and every detail line. */
    FULL,
    /** The name, shortened to a third of the plot's width, and its share of MRR. */
    BRIEF,
    /** The name alone, shortened to a quarter of the plot's width. */
    NAME
  }

  /**
   * The labels as laid out for one drawing, in Java2D units.
   *
   * @param boxes one per label, in order; {@code null} for one with no room (in a grid cell, no
   *     room clear of the data)
   * @param lines the text of each box, its first line the (perhaps shortened) name
   * @param markers the boxes of the auto cuts' markers, which no label covers
   * @param clearOfData whether every box is clear of the bars, the curve and the reference line
   */
  record Layout(
      Level level,
      List<Rectangle2D> boxes,
      List<List<String>> lines,
      List<Rectangle2D> markers,
      boolean clearOfData) {}

  @Override
  public void draw(
      Graphics2D g2,
      XYPlot plot,
      Rectangle2D dataArea,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      int rendererIndex,
      PlotRenderingInfo info) {
    if (labels.isEmpty()) {
      return;
    }
    Object aa = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    drawDots(g2, new Geometry(plot, dataArea));
    Layout layout = layout(g2, plot, dataArea);
    FontMetrics titleMetrics = g2.getFontMetrics(ChartStyle.TIER_TITLE);
    FontMetrics textMetrics = g2.getFontMetrics(ChartStyle.TIER_TEXT);
    for (int i = 0; i < labels.size(); i++) {
      Rectangle2D box = layout.boxes().get(i);
      if (box != null) {
        drawBox(g2, labels.get(i), layout.lines().get(i), box, titleMetrics, textMetrics);
      }
    }
    g2.setRenderingHint(
        RenderingHints.KEY_ANTIALIASING, aa != null ? aa : RenderingHints.VALUE_ANTIALIAS_DEFAULT);
  }

  /**
   * Lays the labels out for a drawing of {@code plot} in {@code dataArea}: the fullest level whose
   * boxes all fit clear of the data; failing that, the fullest whose boxes all fit over the data
   * (never over each other or a marker); failing that, names alone wherever they fit. In a grid
   * cell ({@link #inCell}), failing the first, names alone wherever they fit clear of the data.
   */
  Layout layout(Graphics2D g2, XYPlot plot, Rectangle2D dataArea) {
    Geometry geo = new Geometry(plot, dataArea);
    List<Rectangle2D> markers = geo.markers(g2);
    LabelLayout.Obstacles data = (x0, x1, into) -> geo.blocked(g2, x0, x1, into);
    if (!mayCoverData) {
      for (Level level : Level.values()) {
        Layout tried = layout(g2, geo, dataArea, level, data, markers, false);
        if (!tried.boxes().contains(null)) {
          return tried;
        }
      }
      // A small cell's full label over its bars hides the very curve it labels, and beside the
      // compact labels of the cells around it reads as a different chart: drop what cannot fit.
      return layout(g2, geo, dataArea, Level.NAME, data, markers, false);
    }
    Layout fallback = null;
    for (boolean clear : new boolean[] {true, false}) {
      for (Level level : Level.values()) {
        Layout tried = layout(g2, geo, dataArea, level, data, markers, true);
        if (tried.boxes().contains(null)) {
          if (level == Level.NAME && fallback == null) {
            fallback = tried;
          }
          continue;
        }
        if (!clear || tried.clearOfData()) {
          return tried;
        }
      }
    }
    return fallback;
  }

  /** The tallest box at this level: the room the tier labels want above the bars. */
  double boxHeight(Graphics2D g2, Level level) {
    FontMetrics title = g2.getFontMetrics(ChartStyle.TIER_TITLE);
    FontMetrics text = g2.getFontMetrics(ChartStyle.TIER_TEXT);
    double tallest = 0;
    for (TierLabel label : labels) {
      int lines =
          switch (level) {
            case FULL -> label.details().size();
            case BRIEF -> label.brief().isEmpty() ? 0 : 1;
            case NAME -> 0;
          };
      tallest = Math.max(tallest, title.getHeight() + lines * text.getHeight());
    }
    return tallest + 2 * PAD_Y;
  }

  static double margin() {
    return MARGIN;
  }

  private Layout layout(
      Graphics2D g2,
      Geometry geo,
      Rectangle2D dataArea,
      Level level,
      LabelLayout.Obstacles data,
      List<Rectangle2D> markers,
      boolean overData) {
    FontMetrics titleMetrics = g2.getFontMetrics(ChartStyle.TIER_TITLE);
    FontMetrics textMetrics = g2.getFontMetrics(ChartStyle.TIER_TEXT);
    double room = dataArea.getWidth() - 2 * MARGIN;
    double titleRoom =
        switch (level) {
              case FULL -> room;
              case BRIEF -> room / 3 - GAP;
              case NAME -> room / 4 - GAP;
            }
            - 2 * PAD_X;
    List<LabelLayout.Wanted> wanted = new ArrayList<>(labels.size());
    List<List<String>> lines = new ArrayList<>(labels.size());
    for (TierLabel label : labels) {
      List<String> text = new ArrayList<>();
      text.add(shorten(label.title(), titleMetrics, titleRoom));
      switch (level) {
        case FULL -> text.addAll(label.details());
        case BRIEF -> {
          if (!label.brief().isEmpty()) {
            text.add(label.brief());
          }
        }
        case NAME -> {}
      }
      double width = titleMetrics.stringWidth(text.get(0));
      for (String line : text.subList(1, text.size())) {
        width = Math.max(width, textMetrics.stringWidth(line));
      }
      double height = titleMetrics.getHeight() + (text.size() - 1) * textMetrics.getHeight();
      double center = (geo.x(label.from()) + geo.x(label.to())) / 2;
      wanted.add(new LabelLayout.Wanted(center, width + 2 * PAD_X, height + 2 * PAD_Y));
      lines.add(List.copyOf(text));
    }
    LabelLayout.Placement placement =
        LabelLayout.place(dataArea, MARGIN, GAP, wanted, data, markers, overData);
    return new Layout(level, placement.boxes(), lines, markers, placement.clearOfData());
  }

  /** The text cut with an ellipsis to fit {@code room}; at least its first character. */
  static String shorten(String text, FontMetrics metrics, double room) {
    if (metrics.stringWidth(text) <= room) {
      return text;
    }
    int end = text.offsetByCodePoints(0, 1);
    for (int next = end; next < text.length(); next = text.offsetByCodePoints(next, 1)) {
      if (metrics.stringWidth(text.substring(0, next).stripTrailing() + "…") > room) {
        break;
      }
      end = next;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  private void drawDots(Graphics2D g2, Geometry geo) {
    g2.setStroke(new BasicStroke(2f));
    for (TierLabel label : labels) {
      if (Double.isNaN(label.cumulativePct())) {
        continue;
      }
      double cx = geo.x(label.to());
      double cy = geo.pctY(label.cumulativePct());
      Ellipse2D dot = new Ellipse2D.Double(cx - DOT, cy - DOT, 2 * DOT, 2 * DOT);
      g2.setPaint(ChartStyle.accent(label.tier()));
      g2.fill(dot);
      g2.setPaint(Color.WHITE);
      g2.draw(dot);
    }
  }

  private static void drawBox(
      Graphics2D g2,
      TierLabel label,
      List<String> lines,
      Rectangle2D box,
      FontMetrics title,
      FontMetrics text) {
    RoundRectangle2D shape =
        new RoundRectangle2D.Double(
            box.getX(), box.getY(), box.getWidth(), box.getHeight(), 10, 10);
    // Filled with the band's own colour, so a box pushed over a neighbour's band still says whose
    // it is.
    g2.setPaint(ChartStyle.shade(label.tier()));
    g2.fill(shape);
    g2.setPaint(ChartStyle.accent(label.tier()));
    g2.setStroke(new BasicStroke(1.5f));
    g2.draw(shape);
    float x = (float) (box.getX() + PAD_X);
    float y = (float) (box.getY() + PAD_Y + title.getAscent());
    g2.setFont(ChartStyle.TIER_TITLE);
    g2.drawString(lines.get(0), x, y);
    y += title.getDescent() + title.getLeading();
    g2.setFont(ChartStyle.TIER_TEXT);
    g2.setPaint(ChartStyle.TEXT);
    for (String line : lines.subList(1, lines.size())) {
      y += text.getAscent();
      g2.drawString(line, x, y);
      y += text.getDescent() + text.getLeading();
    }
  }

  /** The plot's axes and data in Java2D space, for one drawing. */
  private final class Geometry {
    private final XYPlot plot;
    private final Rectangle2D area;
    private final ValueAxis xAxis;
    private final ValueAxis moneyAxis;
    private final ValueAxis pctAxis;

    Geometry(XYPlot plot, Rectangle2D area) {
      this.plot = plot;
      this.area = area;
      this.xAxis = plot.getDomainAxis();
      this.moneyAxis = plot.getRangeAxis(PlotLayout.BARS);
      this.pctAxis = plot.getRangeAxis(PlotLayout.CUMULATIVE);
    }

    double x(double pctCustomers) {
      return xAxis.valueToJava2D(pctCustomers, area, plot.getDomainAxisEdge());
    }

    double pctY(double pctMrr) {
      return pctAxis.valueToJava2D(pctMrr, area, plot.getRangeAxisEdge(PlotLayout.CUMULATIVE));
    }

    private double moneyY(double money) {
      return moneyAxis.valueToJava2D(money, area, plot.getRangeAxisEdge(PlotLayout.BARS));
    }

    /**
     * The auto cuts' markers (pointer annotations on the cumulative line's renderer), each as the
     * box around its arrow and its text, found as JFreeChart draws them.
     */
    List<Rectangle2D> markers(Graphics2D g2) {
      List<Rectangle2D> boxes = new ArrayList<>();
      XYItemRenderer renderer = plot.getRenderer(PlotLayout.CUMULATIVE);
      if (!(renderer instanceof AbstractXYItemRenderer line)) {
        return boxes;
      }
      Font before = g2.getFont();
      for (Object a : line.getAnnotations()) {
        if (!(a instanceof XYPointerAnnotation p)) {
          continue;
        }
        double px = x(p.getX());
        double py = pctY(p.getY());
        double cos = Math.cos(p.getAngle());
        double sin = Math.sin(p.getAngle());
        Rectangle2D box =
            new Rectangle2D.Double(px + cos * p.getTipRadius(), py + sin * p.getTipRadius(), 0, 0);
        box.add(px + cos * p.getBaseRadius(), py + sin * p.getBaseRadius());
        double reach = p.getBaseRadius() + p.getLabelOffset();
        g2.setFont(p.getFont());
        Shape text =
            TextUtils.calculateRotatedStringBounds(
                p.getText(),
                g2,
                (float) (px + cos * reach),
                (float) (py + sin * reach),
                p.getTextAnchor(),
                p.getRotationAngle(),
                p.getRotationAnchor());
        if (text != null) {
          box.add(text.getBounds2D());
        }
        boxes.add(box);
      }
      g2.setFont(before);
      return boxes;
    }

    /**
     * What a box between x0 and x1 (Java2D) would cover: bars, curve, reference line, its label.
     */
    void blocked(Graphics2D g2, double x0, double x1, List<double[]> into) {
      RectangleEdge xEdge = plot.getDomainAxisEdge();
      double v0 = xAxis.java2DToValue(x0, area, xEdge);
      double v1 = xAxis.java2DToValue(x1, area, xEdge);
      XYDataset bars = plot.getDataset(PlotLayout.BARS);
      if (bars instanceof IntervalXYDataset interval && bars.getSeriesCount() > 0) {
        double tallest = 0;
        for (int i = 0; i < interval.getItemCount(0); i++) {
          if (interval.getEndXValue(0, i) > v0 && interval.getStartXValue(0, i) < v1) {
            tallest = Math.max(tallest, interval.getYValue(0, i));
          }
        }
        if (tallest > 0) {
          into.add(new double[] {moneyY(tallest), area.getMaxY()});
        }
      }
      XYDataset line = plot.getDataset(PlotLayout.CUMULATIVE);
      if (line != null && line.getSeriesCount() > 0 && line.getItemCount(0) > 1) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = line.getItemCount(0);
        for (int i = 1; i < n; i++) {
          double a = line.getXValue(0, i - 1);
          double b = line.getXValue(0, i);
          if (b < v0 || a > v1) {
            continue;
          }
          // The part of this segment inside [v0, v1]: the curve's y range there.
          double ya = line.getYValue(0, i - 1);
          double yb = line.getYValue(0, i);
          double from = Math.max(a, v0);
          double to = Math.min(b, v1);
          double y0 = b > a ? ya + (yb - ya) * (from - a) / (b - a) : ya;
          double y1 = b > a ? ya + (yb - ya) * (to - a) / (b - a) : yb;
          lo = Math.min(lo, Math.min(y0, y1));
          hi = Math.max(hi, Math.max(y0, y1));
        }
        if (lo <= hi) {
          double half = ChartStyle.LINE_STROKE.getLineWidth() / 2 + DOT;
          into.add(new double[] {pctY(hi) - half, pctY(lo) + half});
        }
      }
      if (reference != null) {
        double y = pctY(reference.getValue());
        into.add(new double[] {y - 2, y + 2});
        String text = reference.getLabel();
        if (text != null && !text.isEmpty()) {
          FontMetrics fm = g2.getFontMetrics(reference.getLabelFont());
          double width = fm.stringWidth(text) + 2 * PlotLayout.REFERENCE_LABEL_INSET;
          if (x1 > area.getMaxX() - width) {
            into.add(new double[] {y - fm.getHeight() - PlotLayout.REFERENCE_LABEL_INSET, y});
          }
        }
      }
    }
  }
}

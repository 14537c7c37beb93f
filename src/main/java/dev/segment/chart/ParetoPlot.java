package dev.segment.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * The Pareto chart's plot: an {@link XYPlot} that, each time it is drawn, sizes the room above the
 * tallest bar in pixels: none when the tier labels fit clear of the data without it, else just the
 * height of a row of label boxes and its margins, so a large chart does not waste a quarter of its
 * height and a small one still has room for its labels.
 */
final class ParetoPlot extends XYPlot {
  private static final long serialVersionUID = 1L;

  /** Bars reach at least this share of the plot's height, whatever the labels want. */
  private static final double MIN_SHARE = 0.5;

  /** With no labels in the way, the tallest bar stops just short of the top. */
  private static final double TIGHT_SHARE = 0.97;

  private final double tallest;
  private final TickFormat moneyTicks;
  private TierLabels labels;

  ParetoPlot(
      XYDataset bars,
      ValueAxis x,
      ValueAxis money,
      XYItemRenderer renderer,
      double tallest,
      TickFormat moneyTicks) {
    super(bars, x, money, renderer);
    this.tallest = tallest;
    this.moneyTicks = moneyTicks;
  }

  void setTierLabels(TierLabels labels) {
    this.labels = labels;
    addAnnotation(labels);
  }

  @Override
  public void draw(
      Graphics2D g2,
      Rectangle2D area,
      Point2D anchor,
      PlotState parentState,
      PlotRenderingInfo info) {
    if (tallest > 0 && labels != null && !labels.labels().isEmpty()) {
      Rectangle2D dataArea = dataArea(g2, area);
      if (dataArea.getHeight() > 0 && dataArea.getWidth() > 0) {
        fitMoneyAxis(g2, dataArea);
      }
    }
    super.draw(g2, area, anchor, parentState, info);
  }

  /**
   * Lays the labels out against bars that nearly fill the plot; if they fit clear of the data in
   * full, so be it. Else the bars give up the height of a label box and its margins: of a full box
   * if the labels then fit clear in full, else of a brief one, else of a name alone; when none fits
   * clear, of a box at the level they are drawn at, unless with a full box's room they fit clear at
   * a shorter level (shrinking the room back would lay them over the data).
   */
  private void fitMoneyAxis(Graphics2D g2, Rectangle2D dataArea) {
    double height = dataArea.getHeight();
    setBarShare(TIGHT_SHARE);
    if (clearAt(g2, dataArea, TierLabels.Level.FULL)) {
      return;
    }
    for (TierLabels.Level level : TierLabels.Level.values()) {
      setBarShare(share(labels.boxHeight(g2, level), height));
      if (clearAt(g2, dataArea, level)) {
        return;
      }
    }
    // None fits clear: room for the boxes at the level they will be drawn at.
    setBarShare(share(labels.boxHeight(g2, TierLabels.Level.FULL), height));
    TierLabels.Layout crowded = labels.layout(g2, this, dataArea);
    if (crowded != null && crowded.level() != TierLabels.Level.FULL && !fitsClear(crowded)) {
      setBarShare(share(labels.boxHeight(g2, crowded.level()), height));
    }
  }

  /** Every label placed, none over the data: the room that gave it is kept. */
  private static boolean fitsClear(TierLabels.Layout layout) {
    return layout.clearOfData() && !layout.boxes().contains(null);
  }

  /** The share of the height left to the bars under a row of boxes this tall. */
  private static double share(double boxHeight, double plotHeight) {
    double room = boxHeight + 3 * TierLabels.margin();
    return Math.max(MIN_SHARE, Math.min(TIGHT_SHARE, 1 - room / plotHeight));
  }

  /** Whether the labels, at this level or a fuller one, fit clear of the data as the axis is. */
  private boolean clearAt(Graphics2D g2, Rectangle2D dataArea, TierLabels.Level level) {
    TierLabels.Layout layout = labels.layout(g2, this, dataArea);
    return layout != null
        && layout.clearOfData()
        && layout.level().compareTo(level) <= 0
        && !layout.boxes().contains(null);
  }

  /** The data area {@link #draw} will use, as XYPlot works it out. */
  private Rectangle2D dataArea(Graphics2D g2, Rectangle2D area) {
    Rectangle2D plotArea = (Rectangle2D) area.clone();
    getInsets().trim(plotArea);
    AxisSpace space = calculateAxisSpace(g2, plotArea);
    Rectangle2D dataArea = space.shrink(plotArea, null);
    getAxisOffset().trim(dataArea);
    return dataArea;
  }

  /** Sets the MRR axis so the tallest bar reaches this share of the plot's height. */
  void setBarShare(double share) {
    ValueAxis axis = getRangeAxis(PlotLayout.BARS);
    if (axis instanceof LogAxis log) {
      double low = log.getLowerBound();
      double from = Math.log10(low);
      double to = Math.log10(tallest);
      log.setRange(new Range(low, Math.pow(10, from + (to - from) / share)), false, false);
    } else if (axis instanceof NumberAxis linear) {
      double top = tallest / share;
      linear.setRange(new Range(0, top), false, false);
      linear.setTickUnit(new NumberTickUnit(ParetoChart.tickStep(top), moneyTicks), false, false);
    }
  }
}

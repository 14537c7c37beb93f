package dev.segment.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Draws interval bars as whole device pixel columns: a bar fills every column it touches, so a
 * column shows its tallest bar and no bar narrower than a pixel vanishes (the top customer's spike
 * is the one that matters most). Plain fills, no outline, shadow or gradient.
 *
 * <p>The columns of one tier's band are filled as one shape, the staircase their tops draw, so
 * pareto.svg holds one path per band, not a rectangle per pixel column, and converters that choke
 * on thousands of elements (ImageMagick, rsvg-convert on a slow machine) draw it as browsers do.
 */
final class ColumnBarRenderer extends AbstractXYItemRenderer {
  private static final long serialVersionUID = 1L;

  /** Where each tier's band ends, in % of customers (x units), in order. */
  private final double[] bandEnds;

  /** The device column the bars drawn so far reach to (exclusive), in this drawing. */
  private transient double filledTo = Double.NEGATIVE_INFINITY;

  /** The band's staircase so far, in user units; null when it has nothing yet. */
  private transient Path2D.Double band;

  private transient double bandRight;
  private transient double bandBase;
  private transient int bandIndex;

  ColumnBarRenderer(double[] bandEnds) {
    this.bandEnds = bandEnds.clone();
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    IntervalXYDataset bars = (IntervalXYDataset) dataset;
    if (item == 0) {
      filledTo = Double.NEGATIVE_INFINITY;
      band = null;
      bandIndex = 0;
    }
    double startX = bars.getStartXValue(series, item);
    // A bar past the band's end starts the next band's shape.
    while (bandIndex < bandEnds.length && startX >= bandEnds[bandIndex] - 1e-9) {
      fillBand(g2, series);
      bandIndex++;
    }
    double y = bars.getYValue(series, item);
    if (y > 0) {
      add(g2, bars, series, item, y, dataArea, plot, domainAxis, rangeAxis);
    }
    if (item == bars.getItemCount(series) - 1) {
      fillBand(g2, series);
    }
  }

  private void add(
      Graphics2D g2,
      IntervalXYDataset bars,
      int series,
      int item,
      double y,
      Rectangle2D dataArea,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis) {
    RectangleEdge xEdge = plot.getDomainAxisEdge();
    RectangleEdge yEdge = plot.getRangeAxisEdge();
    double x0 = domainAxis.valueToJava2D(bars.getStartXValue(series, item), dataArea, xEdge);
    double x1 = domainAxis.valueToJava2D(bars.getEndXValue(series, item), dataArea, xEdge);
    double top = rangeAxis.valueToJava2D(y, dataArea, yEdge);
    // A log axis has no 0: bars stand on the plot's bottom edge, its lowest power of ten.
    double base =
        rangeAxis instanceof LogAxis
            ? dataArea.getMaxY()
            : rangeAxis.valueToJava2D(0, dataArea, yEdge);

    // Snap to the device's pixel grid (the chart may be drawn scaled), widening to whole columns.
    AffineTransform t = g2.getTransform();
    double sx = t.getScaleX();
    double tx = t.getTranslateX();
    double d0 = Math.floor(Math.min(x0, x1) * sx + tx + 1e-9);
    double d1 = Math.max(d0 + 1, Math.ceil(Math.max(x0, x1) * sx + tx - 1e-9));
    // Bars come highest first, left to right: a column an earlier bar filled already shows the
    // taller bar, so only the columns past it are filled. The pixels are the same.
    d0 = Math.max(d0, filledTo);
    if (d1 <= d0) {
      return;
    }
    boolean adjoins = d0 == filledTo;
    filledTo = d1;
    double left = (d0 - tx) / sx;
    double right = (d1 - tx) / sx;
    double high = Math.min(top, base);
    if (band != null && !(adjoins && base == bandBase)) {
      // A gap (a zero bar): the shape so far is closed, and a new piece starts.
      band.lineTo(bandRight, bandBase);
      band.closePath();
    }
    if (band == null) {
      band = new Path2D.Double();
    }
    if (band.getCurrentPoint() == null || !(adjoins && base == bandBase)) {
      band.moveTo(left, base);
    }
    band.lineTo(left, high);
    band.lineTo(right, high);
    bandRight = right;
    bandBase = base;
  }

  private void fillBand(Graphics2D g2, int series) {
    if (band == null) {
      return;
    }
    band.lineTo(bandRight, bandBase);
    band.closePath();
    g2.setPaint(lookupSeriesPaint(series));
    g2.fill(band);
    band = null;
  }
}

package dev.segment.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
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
 * is the one that matters most). Plain fills, no outline, shadow or gradient, one call per bar.
 */
final class ColumnBarRenderer extends AbstractXYItemRenderer {
  private static final long serialVersionUID = 1L;

  /** The device column the bars drawn so far reach to (exclusive), in this drawing. */
  private transient double filledTo = Double.NEGATIVE_INFINITY;

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
    double y = bars.getYValue(series, item);
    if (!(y > 0)) {
      return;
    }
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
    // taller bar, so only the columns past it are filled. The pixels are the same; a large base
    // draws (and, as SVG, writes) one rectangle per pixel column at most, not one per bar.
    if (item == 0) {
      filledTo = Double.NEGATIVE_INFINITY;
    }
    d0 = Math.max(d0, filledTo);
    if (d1 <= d0) {
      return;
    }
    filledTo = d1;
    double left = (d0 - tx) / sx;
    double right = (d1 - tx) / sx;
    g2.setPaint(lookupSeriesPaint(series));
    g2.fill(new Rectangle2D.Double(left, Math.min(top, base), right - left, Math.abs(base - top)));
  }
}

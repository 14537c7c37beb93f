package dev.segment.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Draws each series as one anti-aliased path. The chart itself is drawn without anti-aliasing
 * (bars, bands and grid lines sit on whole pixels, where smoothing costs time and blurs edges), so
 * the curve asks for it here, the one place it shows.
 */
final class SmoothLineRenderer extends XYLineAndShapeRenderer {
  private static final long serialVersionUID = 1L;

  SmoothLineRenderer() {
    super(true, false);
    setDrawSeriesLineAsPath(true);
  }

  @Override
  protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
    Object before = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    super.drawFirstPassShape(g2, pass, series, item, shape);
    g2.setRenderingHint(
        RenderingHints.KEY_ANTIALIASING,
        before != null ? before : RenderingHints.VALUE_ANTIALIAS_DEFAULT);
  }
}

package dev.segment.chart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Renders a chart to SVG (JFreeSVG): the same drawing as {@link ChartPng}, on the same canvas, as
 * vector graphics. Text stays text (selectable, searchable, and what a reader's fonts draw).
 */
public final class ChartSvg {
  private ChartSvg() {}

  /**
   * The chart as one {@code <svg>} element of {@code width} x {@code height} user units, with its
   * namespace and a view box, so it works inline in an HTML page as well as in a file; no XML
   * prolog.
   */
  public static String svg(Drawable chart, int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "chart size must be positive, got " + width + "x" + height);
    }
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    // Ids of clip paths and gradients are unique within a page that holds other SVG too.
    g2.setDefsKeyPrefix("segment-chart-");
    g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    double scale = ChartPng.scale(width, height);
    g2.scale(scale, scale);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale));
    g2.dispose();
    return SvgClips.group(
        g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null));
  }

  /** Writes {@code pareto.svg}: an XML declaration, then {@link #svg}, in UTF-8. */
  public static void write(Drawable chart, int width, int height, OutputStream out)
      throws IOException {
    out.write(file(svg(chart, width, height)));
  }

  /** {@code pareto.svg}'s bytes around an element {@link #svg} drew: the XML declaration first. */
  public static byte[] file(String svgElement) {
    String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svgElement + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

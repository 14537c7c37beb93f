package dev.segment.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/** Renders a chart to PNG. */
public final class ChartPng {
  /** The canvas the chart's fonts and strokes are sized for. */
  static final int BASE_WIDTH = 1600;

  static final int BASE_HEIGHT = 900;

  private ChartPng() {}

  public static void write(Drawable chart, int width, int height, OutputStream out)
      throws IOException {
    BufferedImage image = render(chart, width, height, null);
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IOException("no PNG writer in this Java runtime");
    }
    ImageWriter writer = writers.next();
    // An explicit memory-cached stream: ImageIO's default caches through a temporary file.
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), null);
    } finally {
      writer.dispose();
    }
  }

  /**
   * Draws the chart on an opaque image. The chart is laid out on a canvas of about 1600x900 and
   * scaled, so text and lines keep their proportions at any size; below that size the canvas
   * shrinks more slowly than the image, so text stays readable in a small PNG.
   */
  static BufferedImage render(Drawable chart, int width, int height, ChartRenderingInfo info) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "chart size must be positive, got " + width + "x" + height);
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      double scale = scale(width, height);
      g2.scale(scale, scale);
      Rectangle2D canvas = new Rectangle2D.Double(0, 0, width / scale, height / scale);
      if (chart instanceof JFreeChart one) {
        one.draw(g2, canvas, info);
      } else {
        // A grid of charts (GroupGrid) keeps no rendering info of its own.
        chart.draw(g2, canvas);
      }
    } finally {
      g2.dispose();
    }
    return image;
  }

  /** Device pixels per canvas unit for an image of this size. */
  static double scale(int width, int height) {
    double fit = Math.min((double) width / BASE_WIDTH, (double) height / BASE_HEIGHT);
    return fit >= 1 ? fit : 0.4 + 0.6 * fit;
  }
}

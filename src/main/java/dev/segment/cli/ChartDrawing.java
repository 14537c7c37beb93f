package dev.segment.cli;

import dev.segment.chart.ChartPng;
import dev.segment.chart.ChartSvg;
import dev.segment.chart.GroupGrid;
import dev.segment.chart.ParetoChart;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Drawable;

/**
 * The chart of one run, drawn off the main thread: the chart stack (Java2D, fonts, JFreeChart, the
 * PNG encoder) loads while the input is read, and the PNG and SVG (for pareto.svg and report.html)
 * are drawn while the CSVs are written. Only a run that draws a chart creates one, so {@code
 * --no-chart} never loads that stack.
 */
final class ChartDrawing {
  private final CompletableFuture<Void> warm;
  private ChartSettings chart;
  private boolean forPage;
  private Drawing<byte[]> png;
  private Drawing<String> svg;
  private Drawing<String> pageSvg;
  private long nanos;

  private ChartDrawing(CompletableFuture<Void> warm) {
    this.warm = warm;
  }

  /** Starts loading the chart classes and fonts on a daemon thread. */
  static ChartDrawing warmUp() {
    // ImageIO caches an image stream in a file of java.io.tmpdir unless told not to; a run killed
    // while it drew would leave that file in /tmp, outside --out where the next run cleans up.
    // Process-wide, and before the warm-up's own first write.
    ImageIO.setUseCache(false);
    return new ChartDrawing(
        CompletableFuture.runAsync(ChartDrawing::loadChartStackQuietly, ChartDrawing::daemon));
  }

  /**
   * The warm-up is only a head start: whatever fails in it, out of memory while the main thread
   * fills the heap most of all, is left for the real drawing (or the read) to meet and report.
   * Caught here, in the task, because a failure the future must wrap needs memory to wrap it, and
   * one that escapes reaches the thread's last-resort handler, which prints a line of its own.
   */
  private static void loadChartStackQuietly() {
    try {
      loadChartStack();
    } catch (Throwable ignored) {
      // See above: the run goes on, and reports its own failure where it has one.
    }
  }

  /**
   * The chart's files, each present when its format was asked for, and the chart as one inline
   * {@code <svg>} element when report.html shows it.
   */
  record Files(Optional<byte[]> png, Optional<byte[]> svg, Optional<String> inlineSvg) {}

  /**
   * Starts drawing the report's chart, in every format asked for, once the warm-up is done; with
   * {@code forPage} also as SVG for report.html, whatever the formats (one SVG serves both). The
   * PNG and the SVG are drawn on threads of their own, each from its own chart model (a JFreeChart
   * is not drawn from two threads at once), so a second core draws the page's chart while the first
   * draws the PNG.
   */
  void start(
      SegmentReport report, Presentation presentation, ChartSettings chart, boolean forPage) {
    this.chart = chart;
    this.forPage = forPage;
    int width = chart.size().width();
    int height = chart.size().height();
    if (chart.has(ChartFormat.PNG)) {
      png =
          Drawing.start(
              warm,
              () -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
                ChartPng.write(titled(report, presentation), width, height, bytes);
                return bytes.toByteArray();
              });
    }
    if (chart.has(ChartFormat.SVG)) {
      svg = Drawing.start(warm, () -> ChartSvg.svg(titled(report, presentation), width, height));
    }
    if (forPage) {
      // The page's heading is the title: its chart does not say it a second time.
      pageSvg =
          Drawing.start(warm, () -> ChartSvg.svg(untitled(report, presentation), width, height));
    }
  }

  /** The run's chart: with {@code --group-by} a grid of one small chart per group. */
  private static Drawable titled(SegmentReport report, Presentation presentation) {
    return report.groups().isPresent()
        ? GroupGrid.build(report, presentation)
        : ParetoChart.build(report, presentation);
  }

  private static Drawable untitled(SegmentReport report, Presentation presentation) {
    return report.groups().isPresent()
        ? GroupGrid.buildUntitled(report, presentation)
        : ParetoChart.buildUntitled(report, presentation);
  }

  /** The chart's files; waits for the drawing and rethrows what failed in it. */
  Files files() throws IOException {
    Optional<byte[]> pngBytes = png == null ? Optional.empty() : Optional.of(png.result());
    Optional<String> element = svg == null ? Optional.empty() : Optional.of(svg.result());
    Optional<String> page = pageSvg == null ? Optional.empty() : Optional.of(pageSvg.result());
    nanos =
        Math.max(
            Math.max(png == null ? 0 : png.nanos, svg == null ? 0 : svg.nanos),
            pageSvg == null ? 0 : pageSvg.nanos);
    return new Files(pngBytes, element.map(ChartSvg::file), page);
  }

  /**
   * One chart file drawn on a daemon thread of its own. Whatever fails there, out of memory above
   * all, is caught in the thread and kept for the main thread to rethrow and say in one sentence:
   * handing it on through a future, or letting it reach the thread's last-resort handler, needs
   * memory that another drawing thread may still be holding, and then the JVM prints lines of its
   * own or the run ends without a word.
   */
  private static final class Drawing<T> {
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile T value;
    private volatile Throwable failure;
    private volatile long nanos;

    static <T> Drawing<T> start(CompletableFuture<Void> warm, Callable<T> draw) {
      Drawing<T> d = new Drawing<>();
      daemon(
          () -> {
            try {
              try {
                warm.join();
              } catch (RuntimeException e) {
                // The warm-up keeps its own failures; it was only a head start.
              }
              long started = System.nanoTime();
              d.value = draw.call();
              d.nanos = System.nanoTime() - started;
            } catch (Throwable e) {
              d.failure = e;
            } finally {
              d.done.countDown();
            }
          });
      return d;
    }

    T result() throws IOException {
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while drawing the chart", e);
      }
      Throwable f = failure;
      if (f == null) {
        return value;
      }
      if (f instanceof IOException io) {
        throw io;
      }
      if (f instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (f instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (f instanceof Error error) {
        throw error;
      }
      throw new IOException(f);
    }
  }

  /**
   * Touches what the first chart pays for: Java2D's pipelines, font lookup and glyph rasterising,
   * JFreeChart's plot classes and the PNG encoder, on a throwaway image.
   */
  private static void loadChartStack() {
    BufferedImage image = new BufferedImage(48, 24, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g2.drawString("Tier 1 $5,000", 1, 18);
      g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
      g2.drawString("45.0% of MRR", 1, 18);
      g2.fill(new Rectangle2D.Double(1, 1, 10, 10));
      new JFreeChart(new XYPlot(null, new NumberAxis(), new NumberAxis(), null))
          .draw(g2, new Rectangle2D.Double(0, 0, 48, 24));
    } finally {
      g2.dispose();
    }
    try {
      ImageIO.write(image, "png", OutputStream.nullOutputStream());
    } catch (IOException e) {
      // Only a warm-up: the real drawing reports its own failure.
    }
  }

  long nanos() {
    return nanos;
  }

  /** A daemon thread, so a failed run exits without waiting for the chart. */
  private static void daemon(Runnable task) {
    Thread t = new Thread(task, "segment-chart");
    t.setDaemon(true);
    t.start();
  }
}

package dev.segment.cli;

import dev.segment.chart.ChartPng;
import dev.segment.chart.ChartSvg;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * The chart of one run, drawn off the main thread: the chart stack (Java2D, fonts, JFreeChart, the
 * PNG encoder) loads while the input is read, and the PNG and SVG (for pareto.svg and report.html)
 * are drawn while the CSVs are written. Only a run that draws a chart creates one, so {@code
 * --no-chart} never loads that stack.
 */
final class ChartDrawing {
  private final CompletableFuture<Void> warm;
  private CompletableFuture<Files> drawn;
  private volatile long nanos;

  private ChartDrawing(CompletableFuture<Void> warm) {
    this.warm = warm;
  }

  /** Starts loading the chart classes and fonts on a daemon thread. */
  static ChartDrawing warmUp() {
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
    long[] started = new long[1];
    CompletableFuture<Void> ready =
        warm.handle(
            (ok, failed) -> {
              started[0] = System.nanoTime();
              return null;
            });
    int width = chart.size().width();
    int height = chart.size().height();
    CompletableFuture<Optional<byte[]>> png =
        !chart.has(ChartFormat.PNG)
            ? CompletableFuture.completedFuture(Optional.empty())
            : ready.thenApplyAsync(
                ignored -> {
                  ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
                  try {
                    ChartPng.write(ParetoChart.build(report, presentation), width, height, bytes);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                  return Optional.of(bytes.toByteArray());
                },
                ChartDrawing::daemon);
    CompletableFuture<Optional<String>> svg =
        !chart.has(ChartFormat.SVG) && !forPage
            ? CompletableFuture.completedFuture(Optional.empty())
            : ready.thenApplyAsync(
                ignored ->
                    Optional.of(
                        ChartSvg.svg(ParetoChart.build(report, presentation), width, height)),
                ChartDrawing::daemon);
    drawn =
        png.thenCombine(
            svg,
            (p, element) -> {
              nanos = System.nanoTime() - started[0];
              return new Files(
                  p,
                  chart.has(ChartFormat.SVG) ? element.map(ChartSvg::file) : Optional.empty(),
                  forPage ? element : Optional.empty());
            });
  }

  /** The chart's files; waits for the drawing and rethrows what failed in it. */
  Files files() throws IOException {
    try {
      return drawn.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while drawing the chart", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException) {
        throw ((UncheckedIOException) cause).getCause();
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException(cause);
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

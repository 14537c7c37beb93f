package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartPngTest {
  private static SegmentReport report;
  private static JFreeChart chart;

  @BeforeAll
  static void essayChart() {
    report = SampleReports.essay(2000, 42);
    chart = ParetoChart.build(report);
  }

  @Test
  void writesAPngOfTheSizeAsked() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ChartPng.write(chart, 1600, 900, out);

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(png.getWidth()).isEqualTo(1600);
    assertThat(png.getHeight()).isEqualTo(900);
    // Read back, the PNG holds what was drawn: the top customers' bar at the plot's left.
    Plot p = Plot.of(chart, 1600, 900);
    assertThat(new Color(png.getRGB(p.x(0.02), p.y(0.02)))).isEqualTo(ChartStyle.BAR);
  }

  @ParameterizedTest
  @CsvSource({"1600, 900", "800, 450", "3200, 1800"})
  void tiersAreShadedTheCurveIsBlueAndTheBarsGrey(int width, int height) {
    Plot p = Plot.of(chart, width, height);
    BufferedImage image = p.image();
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);

    // Down the middle of each tier's band, most of the plot's height shows the band's colour.
    List<TierLabel> labels = ((TierLabels) chart.getXYPlot().getAnnotations().get(0)).labels();
    for (TierLabel label : labels) {
      int x = p.xAtPct((label.from() + label.to()) / 2);
      int shaded = 0;
      int total = 0;
      for (int y = p.y(0.99); y < p.y(0.01); y++) {
        total++;
        if (image.getRGB(x, y) == ChartStyle.shade(label.tier()).getRGB()) {
          shaded++;
        }
      }
      assertThat(shaded).as("band of %s", label.title()).isGreaterThan(total / 3);
    }

    // The curve passes through its exact value at 65% of customers, drawn in blue.
    XYDataset line = chart.getXYPlot().getDataset(PlotLayout.CUMULATIVE);
    int item = 1;
    while (line.getXValue(0, item) < 65) {
      item++;
    }
    double value = line.getYValue(0, item);
    int x = p.xAtPct(line.getXValue(0, item));
    int y = p.y(value / 100);
    assertThat(nearest(image, x, y, 4, ChartStyle.LINE)).isLessThan(30);
    assertThat(nearest(image, x, p.y(0.5 * value / 100), 4, ChartStyle.LINE)).isGreaterThan(100);

    // Bars stand on the baseline: grey just above it at the left, in the top tier.
    assertThat(new Color(image.getRGB(p.x(0.03), p.y(0.01)))).isEqualTo(ChartStyle.BAR);
  }

  @Test
  void logBarsShowTheLongTailThatLinearBarsFlatten() {
    JFreeChart log =
        ParetoChart.build(
            report,
            new Presentation(Optional.empty(), Optional.empty(), Presentation.BarScale.LOG));

    Plot logPlot = Plot.of(log, 1600, 900);
    Plot linearPlot = Plot.of(chart, 1600, 900);

    // At 90% of customers, a fifth of the way up the plot.
    assertThat(new Color(logPlot.image().getRGB(logPlot.x(0.9), logPlot.y(0.2))))
        .isEqualTo(ChartStyle.BAR);
    assertThat(new Color(linearPlot.image().getRGB(linearPlot.x(0.9), linearPlot.y(0.2))))
        .isNotEqualTo(ChartStyle.BAR);
  }

  @Test
  void theRoomAboveTheTallestBarIsOneRowOfLabelsNotAQuarterOfThePlot() {
    Plot p = Plot.of(chart, 1600, 900);
    double tallest = chart.getXYPlot().getDataset(PlotLayout.BARS).getYValue(0, 0);
    double top = chart.getXYPlot().getRangeAxis(PlotLayout.BARS).getUpperBound();

    assertThat(tallest / top).isGreaterThan(0.8).isLessThanOrEqualTo(0.97);
    int y = p.y(0.95 * tallest / top);
    boolean grey = false;
    for (int x = p.x(0) - 1; x <= p.x(0) + 2; x++) {
      grey |= new Color(p.image().getRGB(x, y)).equals(ChartStyle.BAR);
    }
    assertThat(grey).as("the top customer's bar near the top of the plot").isTrue();
  }

  @Test
  void scaleKeepsTheLayoutAndKeepsSmallChartsReadable() {
    assertThat(ChartPng.scale(1600, 900)).isEqualTo(1.0);
    assertThat(ChartPng.scale(3200, 1800)).isEqualTo(2.0);
    assertThat(ChartPng.scale(800, 450)).isCloseTo(0.7, within(1e-9));
    assertThat(ChartPng.scale(1600, 450)).isCloseTo(0.7, within(1e-9));
  }

  @Test
  void rejectsAnEmptyImage() {
    assertThatThrownBy(() -> ChartPng.write(chart, 0, 900, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0x900");
  }

  /** The smallest colour distance to {@code target} within ±radius pixels of (x, y) vertically. */
  private static int nearest(BufferedImage image, int x, int y, int radius, Color target) {
    int best = Integer.MAX_VALUE;
    for (int dy = -radius; dy <= radius; dy++) {
      Color c = new Color(image.getRGB(x, y + dy));
      int d =
          Math.abs(c.getRed() - target.getRed())
              + Math.abs(c.getGreen() - target.getGreen())
              + Math.abs(c.getBlue() - target.getBlue());
      best = Math.min(best, d);
    }
    return best;
  }

  /** A rendered chart and its data area in device pixels. */
  private record Plot(BufferedImage image, Rectangle2D area) {
    static Plot of(JFreeChart chart, int width, int height) {
      ChartRenderingInfo info = new ChartRenderingInfo();
      BufferedImage image = ChartPng.render(chart, width, height, info);
      double s = ChartPng.scale(width, height);
      Rectangle2D a = info.getPlotInfo().getDataArea();
      return new Plot(
          image,
          new Rectangle2D.Double(a.getX() * s, a.getY() * s, a.getWidth() * s, a.getHeight() * s));
    }

    /** The pixel column at this fraction of the plot's width. */
    int x(double fraction) {
      return (int) (area.getMinX() + fraction * area.getWidth());
    }

    int xAtPct(double pctCustomers) {
      return x(pctCustomers / 100);
    }

    /** The pixel row at this fraction of the plot's height, from the bottom. */
    int y(double fraction) {
      return (int) Math.round(area.getMaxY() - fraction * area.getHeight());
    }
  }
}

package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.analysis.GroupCutter;
import dev.segment.model.Groups;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import dev.segment.model.Tier;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/**
 * The chart of a run with --group-by: one small chart per group, twelve at most, the rest named.
 */
class GroupGridTest {
  /**
   * The essay's curve of {@code n} customers, customer c (input order) in group {@code c % groups},
   * named G00, G01, ...
   */
  static SegmentReport grouped(int n, int groups) {
    ParetoCurve curve = SampleReports.curve(SampleReports.logNormalCents(n, 11), 2);
    SegmentReport plain =
        SampleReports.report(
            curve, SampleReports.byCustomers(10, 30), "USD", Tier.defaultLabels(3));
    int[] groupOf = new int[curve.size()];
    for (int c = 0; c < groupOf.length; c++) {
      groupOf[c] = c % groups;
    }
    List<String> names = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      names.add(String.format("G%02d", g));
    }
    Groups cut =
        GroupCutter.cut(
            curve, groupOf, names, SampleReports.byCustomers(10, 30), Tier.defaultLabels(3));
    return new SegmentReport(
        plain.input(),
        plain.exclusions(),
        plain.segmentation(),
        plain.tiers(),
        plain.concentration(),
        plain.overrides(),
        plain.staffing(),
        plain.movements(),
        plain.retention(),
        plain.budget(),
        plain.sweep(),
        Optional.of(cut));
  }

  @Test
  void twelveLargestGroupsEachGetAChartOfTheirOwnAndTheRestAreNamedUnderTheGrid() {
    SegmentReport r = grouped(600, 15);
    Groups groups = r.groups().orElseThrow();
    GroupGrid grid = GroupGrid.build(r, Presentation.DEFAULT);
    assertThat(grid.charts()).hasSize(12);
    for (int i = 0; i < 12; i++) {
      Groups.Group g = groups.groups().get(i);
      JFreeChart chart = grid.charts().get(i);
      assertThat(chart.getTitle().getText())
          .isEqualTo(ParetoChart.groupTitle(g, "USD"))
          .startsWith(g.name() + ": " + g.customers() + " customers, $");
      XYPlot plot = chart.getXYPlot();
      // The group's bars and its cumulative line, one series each, over its own customers.
      assertThat(plot.getDatasetCount()).isEqualTo(2);
      assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(1);
      assertThat(plot.getDataset(1).getSeriesCount()).isEqualTo(1);
      assertThat(plot.getDomainAxis().getLabel()).endsWith("(% of " + g.customers() + ")");
      // One band per tier.
      assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size()).isEqualTo(3);
      assertThat(chart.getLegend()).isNull();
    }
    List<String> rest = groups.groups().subList(12, 15).stream().map(Groups.Group::name).toList();
    assertThat(grid.rest())
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .startsWith("Not charted (3 smaller groups): " + rest.get(0) + " $")
                    .contains(", " + rest.get(1) + " $", ", " + rest.get(2) + " $"));
  }

  @Test
  void fewGroupsAreAllChartedWithNothingUnderTheGrid() {
    GroupGrid grid = GroupGrid.build(grouped(90, 3), Presentation.DEFAULT);
    assertThat(grid.charts()).hasSize(3);
    assertThat(grid.rest()).isEmpty();
    assertThat(GroupGrid.columns(1)).isEqualTo(1);
    assertThat(GroupGrid.columns(3)).isEqualTo(2);
    assertThat(GroupGrid.columns(9)).isEqualTo(3);
    assertThat(GroupGrid.columns(12)).isEqualTo(4);
  }

  @Test
  void aRunWithoutGroupsHasNoGrid() {
    assertThatThrownBy(() -> GroupGrid.build(SampleReports.essay(50, 1), Presentation.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePngIs1600By900WithAChartsBarsInEachCell() throws IOException {
    GroupGrid grid = GroupGrid.build(grouped(600, 15), Presentation.DEFAULT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ChartPng.write(grid, 1600, 900, bytes);
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(png.getWidth()).isEqualTo(1600);
    assertThat(png.getHeight()).isEqualTo(900);
    // At 1600x900 a canvas unit is a pixel: each cell holds grey bar pixels of its own chart.
    List<Rectangle2D> cells = grid.cells(new Rectangle2D.Double(0, 0, 1600, 900));
    assertThat(cells).hasSize(12);
    for (Rectangle2D cell : cells) {
      assertThat(barPixels(png, cell)).as("bar pixels in %s", cell).isPositive();
    }
    // Below the grid, the line naming the rest: dark text on white.
    assertThat(cells.get(11).getMaxY()).isLessThan(880);
    assertThat(darkPixels(png, 0, (int) cells.get(11).getMaxY(), 1600, 900)).isPositive();
  }

  @Test
  void theSvgHoldsOneTitlePerChartedGroupAndTheRestLine() {
    SegmentReport r = grouped(600, 15);
    String svg = ChartSvg.svg(GroupGrid.buildUntitled(r, Presentation.DEFAULT), 1600, 900);
    for (Groups.Group g : r.groups().orElseThrow().charted()) {
      assertThat(svg).contains(">" + g.name() + ": " + g.customers() + " customers");
    }
    assertThat(svg).contains("Not charted (3 smaller groups)").doesNotContain("each group on");
  }

  private static int barPixels(BufferedImage png, Rectangle2D cell) {
    int count = 0;
    int bar = ChartStyle.BAR.getRGB() & 0xFFFFFF;
    for (int y = (int) cell.getY(); y < (int) cell.getMaxY(); y++) {
      for (int x = (int) cell.getX(); x < (int) cell.getMaxX(); x++) {
        if ((png.getRGB(x, y) & 0xFFFFFF) == bar) {
          count++;
        }
      }
    }
    return count;
  }

  private static int darkPixels(BufferedImage png, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = png.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) < 160 && ((rgb >> 8) & 0xFF) < 160 && (rgb & 0xFF) < 160) {
          count++;
        }
      }
    }
    return count;
  }
}

package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Groups;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.junit.jupiter.api.Test;

/**
 * A cell of the group grid never lays a tier label over its bars, curve or reference line: where
 * the whole-base chart's layout would fall back to covering the data, the cell's drops the label.
 */
class GroupCellLabelsTest {
  /** Groups of 40 customers in cells 400 pixels wide: the whole-base layout covers the data. */
  private static final SegmentReport CROWDED = GroupGridTest.grouped(160, 4);

  private static final int WIDTH = 800;
  private static final int HEIGHT = 450;

  @Test
  void aCellsLabelsNeverCoverItsDataWhereTheWholeBaseLayoutWould() {
    GroupGrid grid = GroupGrid.build(CROWDED, Presentation.DEFAULT);
    Groups groups = CROWDED.groups().orElseThrow();
    List<Boolean> wholeBaseClear = new ArrayList<>();
    int dropped = 0;
    for (int i = 0; i < grid.charts().size(); i++) {
      // The same group's chart as the whole base's layout would label it.
      JFreeChart plain =
          ParetoChart.buildGroup(groups.charted().get(i), "USD", Presentation.DEFAULT);
      wholeBaseClear.add(layoutInCell(grid, plain, i).clearOfData());

      JFreeChart cell = grid.charts().get(i);
      TierLabels.Layout layout = layoutInCell(grid, cell, i);
      assertThat(layout.clearOfData()).as("cell %d at level %s", i, layout.level()).isTrue();
      for (Rectangle2D box : layout.boxes()) {
        dropped += box == null ? 1 : 0;
      }
    }
    // The grid is crowded enough to matter: the old fallback covered some cell's data.
    assertThat(wholeBaseClear).contains(false);
    assertThat(dropped).isPositive();
  }

  /**
   * Draws chart {@code i} into its cell as {@link GroupGrid#draw} does, and lays out its labels.
   */
  private static TierLabels.Layout layoutInCell(GroupGrid grid, JFreeChart chart, int i) {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      double scale = ChartPng.scale(WIDTH, HEIGHT);
      g2.scale(scale, scale);
      Rectangle2D cell =
          grid.cells(new Rectangle2D.Double(0, 0, WIDTH / scale, HEIGHT / scale)).get(i);
      double k = Math.min(1, cell.getWidth() / 800);
      g2.translate(cell.getX(), cell.getY());
      g2.scale(k, k);
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(g2, new Rectangle2D.Double(0, 0, cell.getWidth() / k, cell.getHeight() / k), info);
      return tierLabels(chart).layout(g2, chart.getXYPlot(), info.getPlotInfo().getDataArea());
    } finally {
      g2.dispose();
    }
  }

  private static TierLabels tierLabels(JFreeChart chart) {
    for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
      if (a instanceof TierLabels t) {
        return t;
      }
    }
    throw new AssertionError("no tier labels");
  }
}

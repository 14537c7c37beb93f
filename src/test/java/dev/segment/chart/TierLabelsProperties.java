package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;

/**
 * The tier labels as laid out on a drawn chart, at any size from the smallest allowed, two to six
 * tiers, short or long names, with and without the auto cuts' markers: every label is drawn, inside
 * the plot, clear of every other label and of every marker.
 */
class TierLabelsProperties {
  private static final String LONG = "Enterprise high-touch accounts";

  @Property(tries = 50)
  void labelsNeverOverlapEachOtherAMarkerOrThePlotsEdge(
      @ForAll @IntRange(min = 480, max = 2000) int width,
      @ForAll @IntRange(min = 270, max = 1200) int height,
      @ForAll @IntRange(min = 2, max = 6) int tiers,
      @ForAll @IntRange(min = 1, max = 30) int nameLength,
      @ForAll boolean auto,
      @ForAll boolean log,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    ParetoCurve curve = SampleReports.curve(SampleReports.logNormalCents(400, seed), 2);
    SegmentReport report = auto ? autoReport(curve, nameLength) : report(curve, tiers, nameLength);
    Presentation presentation =
        new Presentation(
            Optional.empty(),
            Optional.empty(),
            log ? Presentation.BarScale.LOG : Presentation.BarScale.LINEAR);
    JFreeChart chart = ParetoChart.build(report, presentation);

    TierLabels.Layout layout;
    Rectangle2D area;
    // Drawn as ChartPng draws it, on a canvas scaled the same way, so fonts measure the same; into
    // one pixel, as only the layout is looked at.
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      double scale = ChartPng.scale(width, height);
      g2.scale(scale, scale);
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale), info);
      area = info.getPlotInfo().getDataArea();
      layout = tierLabels(chart).layout(g2, chart.getXYPlot(), area);
    } finally {
      g2.dispose();
    }

    List<Rectangle2D> boxes = layout.boxes();
    assertThat(boxes).as("every label placed (level %s)", layout.level()).doesNotContainNull();
    if (auto) {
      assertThat(layout.markers()).isNotEmpty();
    }
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D b = boxes.get(i);
      assertThat(area.contains(b)).as("box %d %s inside %s", i, b, area).isTrue();
      for (int j = 0; j < i; j++) {
        assertThat(b.intersects(boxes.get(j))).as("boxes %d and %d", j, i).isFalse();
      }
      for (Rectangle2D m : layout.markers()) {
        assertThat(b.intersects(m)).as("box %d and marker %s", i, m).isFalse();
      }
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

  private static List<String> names(int tiers, int length) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < tiers; k++) {
      String base = (k + 1) + " " + LONG + " " + LONG;
      names.add(base.substring(0, Math.min(base.length(), Math.max(length, 2))).strip());
    }
    return names;
  }

  private static SegmentReport report(ParetoCurve curve, int tiers, int nameLength) {
    int[][] cuts = {{20}, {10, 30}, {5, 20, 50}, {5, 15, 30, 60}, {5, 15, 30, 50, 75}};
    return SampleReports.report(
        curve, SampleReports.byCustomers(cuts[tiers - 2]), "USD", names(tiers, nameLength));
  }

  /** Three tiers from the auto cuts, with the P, BE and Submarginal markers on the curve. */
  private static SegmentReport autoReport(ParetoCurve curve, int nameLength) {
    return SampleReports.report(curve, new CutRule.Auto(), "EUR", names(3, nameLength));
  }
}

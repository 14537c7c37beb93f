package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AutoCuts;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.junit.jupiter.api.Test;

/** The auto cuts' points marked on the cumulative line. */
class AutoMarksTest {
  /** Ten customers, 400 + 200 + 100 + 7 × 50 = 1050. */
  private static final ParetoCurve CURVE =
      SampleReports.curve(new long[] {400, 200, 100, 50, 50, 50, 50, 50, 50, 50}, 0);

  private static Segmentation auto(AutoCuts cuts) {
    List<Tier> tiers =
        List.of(new Tier("Tier 1", 0, 2), new Tier("Tier 2", 2, 3), new Tier("Tier 3", 3, 10));
    return new Segmentation(CURVE, new CutRule.Auto(), tiers, Optional.of(cuts));
  }

  @Test
  void eachPointIsALabelledPointerOnTheCumulativeLine() {
    List<XYPointerAnnotation> marks =
        ParetoChart.autoMarks(auto(AutoCuts.on(CURVE, 2, 3, 3, true, "")));
    assertThat(marks)
        .extracting(XYPointerAnnotation::getText)
        .containsExactly("P", "BE = Submarginal");
    // P after 2 of 10 customers: x 20%, y 600 / 1050 of MRR.
    assertThat(marks.get(0).getX()).isEqualTo(20.0);
    assertThat(marks.get(0).getY()).isCloseTo(100.0 * 600 / 1050, Offset.offset(1e-9));
    assertThat(marks.get(1).getX()).isEqualTo(30.0);
  }

  @Test
  void degenerateCurvesAndOtherRulesHaveNoMarks() {
    assertThat(ParetoChart.autoMarks(auto(AutoCuts.on(CURVE, 0, 0, 0, false, "all equal"))))
        .isEmpty();
    assertThat(
            ParetoChart.autoMarks(
                new Segmentation(
                    CURVE,
                    SampleReports.byCustomers(10, 30),
                    List.of(new Tier("A", 0, 1), new Tier("B", 1, 3), new Tier("C", 3, 10)),
                    Optional.empty())))
        .isEmpty();
  }

  @Test
  void theMarksAreDrawnByTheLineRendererOnThePercentAxis() {
    Segmentation s = auto(AutoCuts.on(CURVE, 2, 3, 4, true, ""));
    SegmentReport report =
        SampleReports.report(CURVE, new CutRule.Auto(), "USD", Tier.defaultLabels(3));
    SegmentReport withAuto =
        new SegmentReport(
            report.input(), report.exclusions(), s, report.tiers(), report.concentration());
    XYPlot plot = (XYPlot) ParetoChart.build(withAuto).getPlot();
    AbstractXYItemRenderer line = (AbstractXYItemRenderer) plot.getRenderer(PlotLayout.CUMULATIVE);
    assertThat(line.getAnnotations().size()).isEqualTo(3);
    AbstractXYItemRenderer bars = (AbstractXYItemRenderer) plot.getRenderer(PlotLayout.BARS);
    assertThat(bars.getAnnotations().isEmpty()).isTrue();
  }
}

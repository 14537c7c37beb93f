package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import dev.segment.model.AutoCuts;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.text.MoneyText;
import java.awt.BasicStroke;
import java.awt.Paint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class ParetoChartTest {
  /** Ten customers, total $2,600: hand-checkable tiers at the top 10% and 30%. */
  private static SegmentReport tenCustomers(String currency) {
    ParetoCurve curve =
        SampleReports.curve(new long[] {1000, 500, 300, 200, 100, 100, 100, 100, 100, 100}, 0);
    return SampleReports.report(
        curve,
        SampleReports.byCustomers(10, 30),
        currency,
        List.of("High-touch", "Hybrid", "Automated"));
  }

  private static XYPlot plot(JFreeChart chart) {
    return chart.getXYPlot();
  }

  private static TierLabels tierLabels(XYPlot plot) {
    List<TierLabels> found = new ArrayList<>();
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof TierLabels t) {
        found.add(t);
      }
    }
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<IntervalMarker> bands(XYPlot plot) {
    Collection<Marker> markers = plot.getDomainMarkers(0, Layer.BACKGROUND);
    List<IntervalMarker> bands = new ArrayList<>();
    for (Marker m : markers == null ? List.<Marker>of() : markers) {
      bands.add((IntervalMarker) m);
    }
    return bands;
  }

  private static ValueMarker reference(XYPlot plot) {
    Collection<Marker> markers = plot.getRangeMarkers(PlotLayout.CUMULATIVE, Layer.FOREGROUND);
    assertThat(markers).hasSize(1);
    return (ValueMarker) markers.iterator().next();
  }

  @Test
  void titleSaysWhatItIsAndTheSubtitleGivesTheRule() {
    JFreeChart chart = ParetoChart.build(tenCustomers("USD"));

    assertThat(chart.getTitle().getText()).isEqualTo("MRR Pareto: 10 customers, $2.6K MRR");
    assertThat(chart.getSubtitles())
        .filteredOn(TextTitle.class::isInstance)
        .extracting(t -> ((TextTitle) t).getText())
        .containsExactly("Tiers cut at the top 10% and 30% of customers by MRR");
  }

  @Test
  void aTitleOfOnesOwnReplacesTheDefaultAndTheDateLeadsTheSubtitle() {
    Presentation presentation =
        new Presentation(
            Optional.of("Customer tiers, Q4"),
            Optional.of(LocalDate.of(2026, 12, 1)),
            Presentation.BarScale.LINEAR);

    JFreeChart chart = ParetoChart.build(tenCustomers("USD"), presentation);

    assertThat(chart.getTitle().getText()).isEqualTo("Customer tiers, Q4");
    // A title too long for one line wraps flush left, under its first line.
    assertThat(chart.getTitle().getTextAlignment()).isEqualTo(HorizontalAlignment.LEFT);
    assertThat(chart.getSubtitles())
        .filteredOn(TextTitle.class::isInstance)
        .extracting(t -> ((TextTitle) t).getText())
        .containsExactly(
            "As of 2026-12-01 \u00b7 Tiers cut at the top 10% and 30% of customers by MRR");
    assertThat(ParetoChart.defaultTitle(tenCustomers("USD")))
        .isEqualTo("MRR Pareto: 10 customers, $2.6K MRR");
  }

  @Test
  void logBarsRunInPowersOfTenFromBelowTheSmallestBarAndZeroDrawsNone() {
    ParetoCurve curve =
        SampleReports.curve(new long[] {250_000, 40_000, 3_000, 1_200, 450, 80, 0, 0}, 2);
    SegmentReport report =
        SampleReports.report(
            curve, SampleReports.byCustomers(25, 50), "USD", Tier.defaultLabels(3));

    JFreeChart chart =
        ParetoChart.build(
            report,
            new Presentation(Optional.empty(), Optional.empty(), Presentation.BarScale.LOG));

    XYPlot plot = plot(chart);
    assertThat(plot.getRangeAxis(PlotLayout.BARS)).isInstanceOf(LogAxis.class);
    LogAxis money = (LogAxis) plot.getRangeAxis(PlotLayout.BARS);
    // $0.80 is the smallest bar above zero: the axis starts at $0.10.
    assertThat(money.getRange().getLowerBound()).isCloseTo(0.1, within(1e-12));
    assertThat(money.getRange().getUpperBound()).isGreaterThan(2500);
    assertThat(money.getNumberFormatOverride().format(1000)).isEqualTo("$1K");
    assertThat(money.getLabel()).contains("log scale");
    // The cumulative line keeps its linear % axis.
    NumberAxis pct = (NumberAxis) plot.getRangeAxis(PlotLayout.CUMULATIVE);
    assertThat(pct.getRange().getUpperBound()).isEqualTo(100);
    assertThatCode(() -> ChartPng.render(chart, 800, 450, null)).doesNotThrowAnyException();
  }

  @Test
  void barsAndCumulativeLineHaveTheirOwnAxes() {
    XYPlot plot = plot(ParetoChart.build(tenCustomers("USD")));

    assertThat(plot.getDatasetCount()).isEqualTo(2);
    IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(PlotLayout.BARS);
    assertThat(bars.getSeriesCount()).isEqualTo(1);
    assertThat(bars.getItemCount(0)).isEqualTo(10);
    assertThat(bars.getYValue(0, 0)).isEqualTo(1000);
    assertThat(bars.getStartXValue(0, 0)).isZero();
    assertThat(bars.getEndXValue(0, 0)).isCloseTo(10, within(1e-9));
    XYDataset line = plot.getDataset(PlotLayout.CUMULATIVE);
    assertThat(line.getSeriesCount()).isEqualTo(1);
    assertThat(line.getItemCount(0)).isEqualTo(11);
    assertThat(line.getYValue(0, 1)).isCloseTo(100.0 * 1000 / 2600, within(1e-9));
    assertThat(line.getYValue(0, 10)).isCloseTo(100, within(1e-9));

    assertThat(plot.getRenderer(PlotLayout.BARS)).isInstanceOf(ColumnBarRenderer.class);
    assertThat(plot.getRenderer(PlotLayout.BARS).getSeriesPaint(0)).isEqualTo(ChartStyle.BAR);
    assertThat(plot.getRenderer(PlotLayout.CUMULATIVE).getSeriesPaint(0))
        .isEqualTo(ChartStyle.LINE);
    assertThat(plot.getRangeAxisIndex(plot.getRangeAxisForDataset(PlotLayout.CUMULATIVE)))
        .isEqualTo(PlotLayout.CUMULATIVE);

    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    NumberAxis money = (NumberAxis) plot.getRangeAxis(PlotLayout.BARS);
    NumberAxis pct = (NumberAxis) plot.getRangeAxis(PlotLayout.CUMULATIVE);
    assertThat(x.getRange().getLowerBound()).isZero();
    assertThat(x.getRange().getUpperBound()).isEqualTo(100);
    assertThat(x.getLabel()).contains("% of 10");
    assertThat(pct.getRange().getLowerBound()).isZero();
    assertThat(pct.getRange().getUpperBound()).isEqualTo(100);
    assertThat(money.getRange().getLowerBound()).isZero();
    // The tallest bar stays below the top band where the tier labels go.
    assertThat(money.getRange().getUpperBound()).isGreaterThan(1000 / 0.8).isLessThan(1000 / 0.6);
    assertThat(plot.getRangeAxisLocation(PlotLayout.BARS)).isEqualTo(AxisLocation.BOTTOM_OR_LEFT);
    assertThat(plot.getRangeAxisLocation(PlotLayout.CUMULATIVE))
        .isEqualTo(AxisLocation.BOTTOM_OR_RIGHT);
    assertThat(money.isAutoTickUnitSelection()).isFalse();
    assertThat(money.getTickUnit().getSize())
        .isEqualTo(ParetoChart.tickStep(money.getRange().getUpperBound()));
    assertThat(money.getTickUnit().valueToString(5000)).isEqualTo("$5K");
    assertThat(pct.getTickUnit().valueToString(80)).isEqualTo("80%");
  }

  @Test
  void eachTierHasItsOwnBandAndLabel() {
    XYPlot plot = plot(ParetoChart.build(tenCustomers("USD")));

    List<IntervalMarker> bands = bands(plot);
    assertThat(bands).hasSize(3);
    assertThat(bands).extracting(IntervalMarker::getStartValue).containsExactly(0.0, 10.0, 30.0);
    assertThat(bands).extracting(IntervalMarker::getEndValue).containsExactly(10.0, 30.0, 100.0);
    List<Paint> paints = new ArrayList<>();
    bands.forEach(b -> paints.add(b.getPaint()));
    assertThat(paints).doesNotHaveDuplicates();
    assertThat(paints.get(0)).isEqualTo(ChartStyle.shade(0));

    List<TierLabel> labels = tierLabels(plot).labels();
    assertThat(labels)
        .extracting(TierLabel::lines)
        .containsExactly(
            List.of("High-touch", "10.0% of customers", "38.5% of MRR", "MRR ≥ $1,000.00"),
            List.of("Hybrid", "20.0% of customers", "30.8% of MRR", "MRR ≥ $300.00"),
            List.of("Automated", "70.0% of customers", "30.8% of MRR", "MRR ≥ $100.00"));
    // Dots where tiers 1 and 2 end on the curve; none at the curve's end.
    assertThat(labels.get(0).cumulativePct()).isCloseTo(38.4615, within(1e-4));
    assertThat(labels.get(1).cumulativePct()).isCloseTo(69.2308, within(1e-4));
    assertThat(labels.get(2).cumulativePct()).isNaN();
  }

  @Test
  void dashedEightyPercentLineSaysWhoHoldsIt() {
    XYPlot plot = plot(ParetoChart.build(tenCustomers("USD")));

    ValueMarker line = reference(plot);
    assertThat(line.getValue()).isEqualTo(80);
    assertThat(((BasicStroke) line.getStroke()).getDashArray()).isNotEmpty();
    // 80% of $2,600 is first reached after 5 customers ($2,100).
    assertThat(line.getLabel()).isEqualTo("80% of MRR: top 50.0% of customers");
  }

  @Test
  void currencyFollowsTheInput() {
    JFreeChart chart = ParetoChart.build(tenCustomers("EUR"));
    NumberAxis money = (NumberAxis) plot(chart).getRangeAxis(PlotLayout.BARS);

    assertThat(chart.getTitle().getText()).endsWith("€2.6K MRR");
    assertThat(money.getTickUnit().valueToString(500)).isEqualTo("€500");
    assertThat(tierLabels(plot(chart)).labels().get(0).lines()).contains("MRR ≥ €1,000.00");
  }

  @Test
  void essaySizedBaseDrawsEveryCustomer() {
    XYPlot plot = plot(ParetoChart.build(SampleReports.essay(2000, 42)));

    assertThat(plot.getDataset(PlotLayout.BARS).getItemCount(0)).isEqualTo(2000);
    assertThat(plot.getDataset(PlotLayout.CUMULATIVE).getItemCount(0)).isEqualTo(2001);
    assertThat(bands(plot))
        .extracting(IntervalMarker::getEndValue)
        .containsExactly(10.0, 30.0, 100.0);
  }

  @Test
  void aMillionCustomersCostAFewThousandDataItems() {
    int n = 1_000_000;
    long[] mrr = new long[n];
    for (int i = 0; i < n; i++) {
      mrr[i] = 10_000_000L / (i + 1);
    }
    ParetoCurve curve = SampleReports.curve(mrr, 2);
    SegmentReport report =
        SampleReports.report(
            curve, SampleReports.byCustomers(10, 30), "USD", Tier.defaultLabels(3));
    List<Tier> tiers = report.segmentation().tiers();

    XYPlot plot = plot(ParetoChart.build(report));

    int bars = plot.getDataset(PlotLayout.BARS).getItemCount(0);
    int points = plot.getDataset(PlotLayout.CUMULATIVE).getItemCount(0);
    assertThat(bars).isEqualTo(ParetoChart.MAX_COLUMNS);
    assertThat(bars + points).isLessThanOrEqualTo(6001);
    assertThat(plot.getDataset(PlotLayout.BARS).getYValue(0, 0)).isEqualTo(100_000);
    assertThat(bands(plot))
        .extracting(IntervalMarker::getEndValue)
        .containsExactly(tiers.get(0).end() / 1e4, tiers.get(1).end() / 1e4, 100.0);
  }

  @Test
  void emptyTierIsLabelledAndDrawsNothing() {
    // Four customers tie at the top: the 10% cut moves to rank 4, past the 30% cut.
    ParetoCurve curve =
        SampleReports.curve(new long[] {500, 500, 500, 500, 90, 80, 70, 60, 50, 40}, 0);
    SegmentReport report =
        SampleReports.report(
            curve, SampleReports.byCustomers(10, 30), "USD", Tier.defaultLabels(3));

    JFreeChart chart = ParetoChart.build(report);

    List<TierLabel> labels = tierLabels(plot(chart)).labels();
    assertThat(labels.get(1).lines()).containsExactly("Tier 2", "no customers");
    assertThat(labels.get(1).from()).isEqualTo(labels.get(1).to()).isEqualTo(40.0);
    assertThat(labels.get(1).cumulativePct()).isNaN();
    assertThat(bands(plot(chart))).hasSize(3);
    assertThatCode(() -> ChartPng.render(chart, 800, 450, null)).doesNotThrowAnyException();
  }

  @Test
  void oneCustomerFillsThePlot() {
    ParetoCurve curve = SampleReports.curve(new long[] {4999}, 0);
    SegmentReport report =
        SampleReports.report(
            curve, SampleReports.byCustomers(10, 30), "USD", Tier.defaultLabels(3));

    JFreeChart chart = ParetoChart.build(report);

    assertThat(chart.getTitle().getText()).isEqualTo("MRR Pareto: 1 customer, $5K MRR");
    assertThat(plot(chart).getDataset(PlotLayout.BARS).getItemCount(0)).isEqualTo(1);
    assertThat(plot(chart).getDataset(PlotLayout.CUMULATIVE).getItemCount(0)).isEqualTo(2);
    assertThatCode(() -> ChartPng.render(chart, 1600, 900, null)).doesNotThrowAnyException();
  }

  @Test
  void noCustomersStillDraw() {
    ParetoCurve curve = SampleReports.curve(new long[0], 0);
    SegmentReport report =
        SampleReports.report(curve, SampleReports.byCustomers(10), "", Tier.defaultLabels(2));

    JFreeChart chart = ParetoChart.build(report);

    assertThat(tierLabels(plot(chart)).labels())
        .allSatisfy(l -> assertThat(l.lines()).contains("no customers"));
    assertThat(plot(chart).getDataset(PlotLayout.BARS).getItemCount(0)).isZero();
    assertThatCode(() -> ChartPng.render(chart, 800, 450, null)).doesNotThrowAnyException();
  }

  @Test
  void allZeroMrrHasNoCurveToDraw() {
    ParetoCurve curve = SampleReports.curve(new long[] {0, 0, 0, 0}, 2);
    SegmentReport report =
        SampleReports.report(curve, SampleReports.byCustomers(50), "USD", Tier.defaultLabels(2));

    JFreeChart chart = ParetoChart.build(report);

    assertThat(plot(chart).getDataset(PlotLayout.CUMULATIVE).getItemCount(0)).isZero();
    assertThat(reference(plot(chart)).getLabel()).isEqualTo("80% of MRR");
    assertThatCode(() -> ChartPng.render(chart, 1600, 900, null)).doesNotThrowAnyException();
  }

  @Test
  void subtitleSaysEachRule() {
    ParetoCurve curve = SampleReports.curve(new long[] {300, 200, 100}, 0);
    List<Tier> tiers = List.of(new Tier("A", 0, 1), new Tier("B", 1, 2), new Tier("C", 2, 3));
    MoneyText usd = MoneyText.of("USD");

    assertThat(
            ParetoChart.ruleText(
                segmentation(
                    curve,
                    tiers,
                    new CutRule.ByRevenue(List.of(new BigDecimal("45"), new BigDecimal("75.50")))),
                usd))
        .isEqualTo("Tiers cut where the cumulative share of MRR reaches 45% and 75.5%");
    assertThat(
            ParetoChart.ruleText(
                segmentation(
                    curve,
                    tiers,
                    new CutRule.ByMrr(List.of(new BigDecimal("5000"), new BigDecimal("1700")))),
                usd))
        .isEqualTo("Tiers cut at MRR floors of $5,000.00 and $1,700.00");
    assertThat(
            ParetoChart.ruleText(
                segmentation(curve, tiers, SampleReports.byCustomers(10, 30, 60)), usd))
        .isEqualTo("Tiers cut at the top 10%, 30% and 60% of customers by MRR");
    Segmentation auto =
        new Segmentation(
            curve,
            new CutRule.Auto(),
            tiers,
            Optional.of(AutoCuts.on(curve, 0, 0, 0, false, "all MRR equal")));
    assertThat(ParetoChart.ruleText(auto, usd))
        .startsWith("Tiers from computed ABC analysis")
        .endsWith("; all MRR equal");
  }

  @Test
  void moneyTicksAreRoundAndFew() {
    assertThat(ParetoChart.tickStep(65_000)).isEqualTo(10_000);
    assertThat(ParetoChart.tickStep(80_000)).isEqualTo(10_000);
    assertThat(ParetoChart.tickStep(6_600_000)).isEqualTo(1_000_000);
    assertThat(ParetoChart.tickStep(1_600)).isEqualTo(200);
    assertThat(ParetoChart.tickStep(1_900)).isEqualTo(250);
    assertThat(ParetoChart.tickStep(1)).isEqualTo(0.2, within(1e-12));
  }

  private static Segmentation segmentation(ParetoCurve curve, List<Tier> tiers, CutRule rule) {
    return new Segmentation(curve, rule, tiers, Optional.empty());
  }
}

package dev.segment.chart;

import static dev.segment.chart.PlotLayout.BARS;
import static dev.segment.chart.PlotLayout.CUMULATIVE;
import static dev.segment.chart.PlotLayout.REFERENCE_LABEL_INSET;

import dev.segment.model.AutoCuts;
import dev.segment.model.Groups;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import dev.segment.text.DefaultTitle;
import dev.segment.text.Grouping;
import dev.segment.text.MoneyText;
import dev.segment.text.Percent;
import dev.segment.text.RuleText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYDataset;

/** Builds the chart model (JFreeChart) of a run; no I/O. */
public final class ParetoChart {
  /**
   * At most this many bars and line segments are drawn: about one per pixel column at the largest
   * size the chart is drawn, so more customers cost no more to draw.
   */
  static final int MAX_COLUMNS = 3000;

  /** The share of MRR the dashed reference line marks. */
  static final int REFERENCE_PCT = 80;

  /**
   * Bars reach this share of the plot's height in the model as built, leaving the top for the tier
   * labels; {@link ParetoPlot} sizes that room in pixels each time the chart is drawn.
   */
  private static final double BAR_HEADROOM = 0.74;

  private static final int MAX_TICKS = 8;

  static final String BAR_SERIES = "MRR per customer";
  static final String LINE_SERIES = "Cumulative % of total MRR";

  private ParetoChart() {}

  /**
   * The Pareto chart of a run: grey bars of each customer's MRR, highest first, on a left currency
   * axis; the cumulative % of total MRR as a blue line on a right axis from 0 to 100%; each tier a
   * shaded band with a label (name, % of customers, % of MRR, MRR floor); a dashed 80% line. The x
   * axis is the share of customers (0–100%), so the tiers read as the essay states them ("the top
   * 10%") whatever N is. Beyond {@value #MAX_COLUMNS} customers bars and line are drawn per column
   * (see {@link CurveColumns}), so the model's size does not grow with N.
   */
  public static JFreeChart build(SegmentReport report) {
    return build(report, Presentation.DEFAULT);
  }

  /**
   * The chart as {@link #build(SegmentReport)} draws it, shown as {@code presentation} says: its
   * title in place of the default one, its date before the rule in the subtitle, its bar scale on
   * the MRR axis. On a log scale the axis runs from the power of ten below the smallest MRR above
   * zero, and a zero-MRR customer draws no bar; the cumulative line keeps its linear % axis.
   */
  /** As {@link #build}, without the title: for report.html, whose heading says it. */
  public static JFreeChart buildUntitled(SegmentReport report, Presentation presentation) {
    JFreeChart chart = build(report, presentation);
    chart.setTitle((TextTitle) null);
    return chart;
  }

  public static JFreeChart build(SegmentReport report, Presentation presentation) {
    BigDecimal for80 =
        report.concentration() == null ? null : report.concentration().customersFor80Pct();
    return build(
        report.segmentation(),
        report.tiers(),
        report.input().currency(),
        for80,
        presentation.title().orElseGet(() -> defaultTitle(report)),
        presentation);
  }

  /**
   * One group's chart, as a cell of {@link GroupGrid} draws it: the group's bars, cumulative line
   * and tier bands as {@link #build} draws the whole base's, titled with the group's name,
   * customers and MRR; no legend (the grid is one picture, read once) and no 80% share (the run's
   * figure).
   */
  public static JFreeChart buildGroup(
      Groups.Group group, String currency, Presentation presentation) {
    String title = groupTitle(group, currency);
    JFreeChart chart =
        build(group.segmentation(), group.tiers(), currency, null, title, presentation);
    chart.removeLegend();
    chart.getTitle().setFont(ChartStyle.GROUP_TITLE);
    return chart;
  }

  /** A group chart's title: {@code EMEA: 1,200 customers, $1.2M MRR}. */
  public static String groupTitle(Groups.Group group, String currency) {
    int n = group.customers();
    return group.name()
        + ": "
        + Grouping.count(n)
        + (n == 1 ? " customer, " : " customers, ")
        + MoneyText.of(currency).approx(group.mrr())
        + " MRR";
  }

  private static JFreeChart build(
      Segmentation segmentation,
      List<TierStats> tierStats,
      String currency,
      BigDecimal customersFor80Pct,
      String title,
      Presentation presentation) {
    ParetoCurve curve = segmentation.curve();
    int n = curve.size();
    MoneyText money = MoneyText.of(currency);
    CurveColumns columns = CurveColumns.of(curve, MAX_COLUMNS);

    DefaultIntervalXYDataset bars = new DefaultIntervalXYDataset();
    bars.addSeries(BAR_SERIES, columns.barSeries());
    DefaultXYDataset line = new DefaultXYDataset();
    line.addSeries(LINE_SERIES, columns.lineSeries());

    NumberAxis x =
        new NumberAxis("Customers ranked by MRR, highest first (% of " + Grouping.count(n) + ")");
    x.setRange(0, 100);
    x.setTickUnit(new NumberTickUnit(10, TickFormat.percent()));
    ValueAxis moneyAxis =
        presentation.barScale() == Presentation.BarScale.LOG
            ? logMoneyAxis(columns, money)
            : linearMoneyAxis(columns, money);
    NumberAxis pctAxis = new NumberAxis(LINE_SERIES);
    pctAxis.setRange(0, 100);
    pctAxis.setTickUnit(new NumberTickUnit(20, TickFormat.percent()));
    for (ValueAxis axis : List.of(x, moneyAxis, pctAxis)) {
      style(axis);
    }
    // The bands run to the plot's edges; only the baseline the bars stand on is drawn.
    moneyAxis.setAxisLineVisible(false);
    pctAxis.setAxisLineVisible(false);

    List<Tier> cut = segmentation.tiers();
    double[] bandEnds = new double[cut.size()];
    for (int t = 0; t < cut.size(); t++) {
      bandEnds[t] = CurveColumns.percentOf(cut.get(t).end(), n);
    }
    ColumnBarRenderer barRenderer = new ColumnBarRenderer(bandEnds);
    barRenderer.setSeriesPaint(0, ChartStyle.BAR);
    SmoothLineRenderer lineRenderer = new SmoothLineRenderer();
    lineRenderer.setSeriesPaint(0, ChartStyle.LINE);
    lineRenderer.setSeriesStroke(0, ChartStyle.LINE_STROKE);

    for (XYPointerAnnotation mark : autoMarks(segmentation)) {
      lineRenderer.addAnnotation(mark);
    }
    ParetoPlot plot =
        new ParetoPlot(
            bars, x, moneyAxis, barRenderer, columns.maxHeight(), TickFormat.money(money));
    plot.setRangeAxis(CUMULATIVE, pctAxis);
    plot.setDataset(CUMULATIVE, line);
    plot.setRenderer(CUMULATIVE, lineRenderer);
    plot.mapDatasetToRangeAxis(CUMULATIVE, CUMULATIVE);
    plot.setRangeAxisLocation(BARS, AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeAxisLocation(CUMULATIVE, AxisLocation.BOTTOM_OR_RIGHT);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setInsets(new RectangleInsets(8, 8, 8, 8));

    List<TierLabel> labels = tierLabels(segmentation, tierStats, money);
    for (TierLabel label : labels) {
      IntervalMarker band = new IntervalMarker(label.from(), label.to());
      band.setPaint(ChartStyle.shade(label.tier()));
      band.setAlpha(1f);
      band.setOutlinePaint(null);
      plot.addDomainMarker(band, Layer.BACKGROUND);
    }
    ValueMarker reference = referenceLine(segmentation, customersFor80Pct);
    plot.addRangeMarker(CUMULATIVE, reference, Layer.FOREGROUND);
    plot.setTierLabels(new TierLabels(labels, reference));
    plot.setFixedLegendItems(legend(reference));

    JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(18, 24, 12, 24));
    chart.getTitle().setPaint(ChartStyle.TEXT);
    chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
    // A long --title wraps: its lines start at the left edge too, not centred under each other.
    chart.getTitle().setTextAlignment(HorizontalAlignment.LEFT);
    TextTitle subtitle =
        new TextTitle(subtitle(segmentation, money, presentation), ChartStyle.SUBTITLE);
    subtitle.setPaint(ChartStyle.MUTED);
    subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
    subtitle.setTextAlignment(HorizontalAlignment.LEFT);
    subtitle.setPadding(new RectangleInsets(4, 0, 10, 0));
    chart.addSubtitle(subtitle);
    LegendTitle legendTitle = chart.getLegend();
    legendTitle.setItemFont(ChartStyle.LEGEND);
    legendTitle.setItemPaint(ChartStyle.TEXT);
    legendTitle.setFrame(BlockBorder.NONE);
    legendTitle.setPosition(RectangleEdge.BOTTOM);
    legendTitle.setHorizontalAlignment(HorizontalAlignment.CENTER);
    legendTitle.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
    // Bars, bands and grid lines sit on whole pixels; the curve and labels smooth themselves.
    chart.setAntiAlias(false);
    chart.setTextAntiAlias(true);
    return chart;
  }

  /** The title without {@code --title}: {@code MRR Pareto: 2,000 customers, $3.73M MRR}. */
  public static String defaultTitle(SegmentReport report) {
    ParetoCurve curve = report.segmentation().curve();
    return DefaultTitle.of(curve.size(), curve.total(), report.input().currency());
  }

  /** The subtitle: the as-of date, when there is one, then the cut rule in words. */
  static String subtitle(Segmentation segmentation, MoneyText money, Presentation presentation) {
    String rule = ruleText(segmentation, money);
    return presentation.asOf().map(d -> "As of " + d + " \u00b7 " + rule).orElse(rule);
  }

  /**
   * The bars' axis from 0, up to the tallest bar with room above it for the tier labels, with at
   * most {@value #MAX_TICKS} round ticks.
   */
  private static NumberAxis linearMoneyAxis(CurveColumns columns, MoneyText money) {
    NumberAxis axis = new NumberAxis("MRR per customer");
    double top = columns.maxHeight() > 0 ? columns.maxHeight() / BAR_HEADROOM : 1;
    axis.setRange(0, top);
    axis.setTickUnit(new NumberTickUnit(tickStep(top), TickFormat.money(money)), false, true);
    return axis;
  }

  /**
   * The bars' axis in powers of ten, from the one at or below the smallest bar above zero, up to
   * the tallest bar with the same share of the axis left above it as on the linear axis.
   */
  private static LogAxis logMoneyAxis(CurveColumns columns, MoneyText money) {
    LogAxis axis = new LogAxis("MRR per customer (log scale)");
    double tallest = columns.maxHeight();
    double smallest = columns.minPositiveHeight();
    double low;
    double high;
    if (tallest > 0) {
      double lowExp = Math.floor(Math.log10(smallest) + 1e-9);
      double tallExp = Math.log10(tallest);
      if (tallExp - lowExp < 1) {
        lowExp = Math.floor(tallExp) - 1;
      }
      low = Math.pow(10, lowExp);
      high = Math.pow(10, lowExp + (tallExp - lowExp) / BAR_HEADROOM);
    } else {
      low = 1;
      high = 10;
    }
    axis.setRange(low, high);
    axis.setTickUnit(new NumberTickUnit(1), false, true);
    axis.setNumberFormatOverride(TickFormat.money(money));
    axis.setMinorTickMarksVisible(false);
    return axis;
  }

  /**
   * The auto cuts' points on the cumulative line, each a small labelled pointer: P (Pareto), BE
   * (break-even) and Submarginal; one pointer for points on the same customer. None for other rules
   * or a degenerate curve. Drawn by the line's renderer, so they sit on its % axis.
   */
  static List<XYPointerAnnotation> autoMarks(Segmentation segmentation) {
    List<XYPointerAnnotation> marks = new ArrayList<>();
    if (segmentation.auto().isEmpty() || segmentation.auto().get().isDegenerate()) {
      return marks;
    }
    AutoCuts a = segmentation.auto().get();
    ParetoCurve curve = segmentation.curve();
    Map<Integer, String> names = new TreeMap<>();
    names.merge(a.paretoPoint(), "P", (x, y) -> x + " = " + y);
    names.merge(a.breakEvenPoint(), "BE", (x, y) -> x + " = " + y);
    names.merge(a.submarginalPoint(), "Submarginal", (x, y) -> x + " = " + y);
    for (Map.Entry<Integer, String> e : names.entrySet()) {
      int i = e.getKey();
      if (i < 1 || i > curve.size()) {
        continue;
      }
      double px = 100.0 * i / curve.size();
      double py = 100.0 * curve.cumulativeFraction(i - 1);
      // P points from above left and the others from below right, so P and BE, often a few
      // customers apart, do not print over each other.
      boolean above = e.getValue().startsWith("P") && !e.getValue().contains("=");
      XYPointerAnnotation mark =
          new XYPointerAnnotation(e.getValue(), px, py, above ? 5 * Math.PI / 4 : Math.PI / 4);
      mark.setTipRadius(3);
      mark.setBaseRadius(26);
      mark.setArrowLength(6);
      mark.setArrowWidth(3);
      mark.setArrowPaint(ChartStyle.LINE);
      mark.setPaint(ChartStyle.LINE);
      mark.setFont(ChartStyle.REFERENCE);
      mark.setTextAnchor(above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_LEFT);
      marks.add(mark);
    }
    return marks;
  }

  /**
   * A round tick step (1, 2, 2.5 or 5 × 10^k) giving at most {@value #MAX_TICKS} steps up to {@code
   * top}: JFreeChart's own choice packs as many ticks as fit, which reads as noise.
   */
  static double tickStep(double top) {
    double raw = top / MAX_TICKS;
    double base = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5}) {
      if (m * base >= raw * (1 - 1e-12)) {
        return m * base;
      }
    }
    return 10 * base;
  }

  private static void style(ValueAxis axis) {
    axis.setLabelFont(ChartStyle.AXIS_LABEL);
    axis.setLabelPaint(ChartStyle.MUTED);
    axis.setTickLabelFont(ChartStyle.TICK);
    axis.setTickLabelPaint(ChartStyle.TEXT);
    axis.setAxisLinePaint(ChartStyle.AXIS);
    axis.setTickMarkPaint(ChartStyle.AXIS);
    axis.setTickMarkOutsideLength(5);
    axis.setMinorTickMarksVisible(false);
    axis.setLabelInsets(new RectangleInsets(8, 8, 8, 8));
  }

  private static List<TierLabel> tierLabels(
      Segmentation segmentation, List<TierStats> stats, MoneyText money) {
    int n = segmentation.curve().size();
    List<Tier> tiers = segmentation.tiers();
    List<TierLabel> labels = new ArrayList<>(tiers.size());
    for (int i = 0; i < tiers.size(); i++) {
      Tier tier = tiers.get(i);
      TierStats row = i < stats.size() ? stats.get(i) : null;
      List<String> details = new ArrayList<>(3);
      String brief = "";
      double dot = Double.NaN;
      if (tier.isEmpty()) {
        details.add("no customers");
        brief = "no customers";
      } else if (row != null) {
        details.add(Percent.oneDecimal(row.pctCustomers()) + " of customers");
        brief = Percent.oneDecimal(row.pctMrr()) + " of MRR";
        details.add(brief);
        row.amounts().ifPresent(a -> details.add("MRR ≥ " + money.full(a.floor())));
        if (i < tiers.size() - 1 && segmentation.curve().wideTotal().signum() > 0) {
          dot = row.cumPctMrr().doubleValue();
        }
      }
      double from = n == 0 ? 0 : 100.0 * tier.start() / n;
      double to = n == 0 ? 0 : 100.0 * tier.end() / n;
      labels.add(new TierLabel(i, tier.label(), details, brief, from, to, dot));
    }
    return labels;
  }

  private static ValueMarker referenceLine(
      Segmentation segmentation, BigDecimal customersFor80Pct) {
    ValueMarker marker = new ValueMarker(REFERENCE_PCT);
    marker.setPaint(ChartStyle.REFERENCE_LINE);
    marker.setStroke(ChartStyle.REFERENCE_STROKE);
    String label = REFERENCE_PCT + "% of MRR";
    if (customersFor80Pct != null && segmentation.curve().wideTotal().signum() > 0) {
      label += ": top " + Percent.oneDecimal(customersFor80Pct) + " of customers";
    }
    marker.setLabel(label);
    marker.setLabelFont(ChartStyle.REFERENCE);
    marker.setLabelPaint(ChartStyle.REFERENCE_LINE);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    marker.setLabelOffset(
        new RectangleInsets(
            REFERENCE_LABEL_INSET / 2, REFERENCE_LABEL_INSET,
            REFERENCE_LABEL_INSET / 2, REFERENCE_LABEL_INSET));
    return marker;
  }

  private static LegendItemCollection legend(ValueMarker reference) {
    LegendItemCollection items = new LegendItemCollection();
    Shape square = new Rectangle2D.Double(-6, -6, 12, 12);
    Shape stroke = new Line2D.Double(-14, 0, 14, 0);
    items.add(
        new LegendItem(
            BAR_SERIES,
            null,
            null,
            null,
            true,
            square,
            true,
            ChartStyle.BAR,
            false,
            ChartStyle.BAR,
            new BasicStroke(1f),
            false,
            stroke,
            new BasicStroke(1f),
            ChartStyle.BAR));
    items.add(
        new LegendItem(
            LINE_SERIES,
            null,
            null,
            null,
            false,
            square,
            false,
            ChartStyle.LINE,
            false,
            ChartStyle.LINE,
            new BasicStroke(1f),
            true,
            stroke,
            ChartStyle.LINE_STROKE,
            ChartStyle.LINE));
    items.add(
        new LegendItem(
            REFERENCE_PCT + "% of MRR",
            null,
            null,
            null,
            false,
            square,
            false,
            reference.getPaint(),
            false,
            reference.getPaint(),
            new BasicStroke(1f),
            true,
            stroke,
            reference.getStroke(),
            reference.getPaint()));
    return items;
  }

  /** The cut rule in words, as the subtitle says it; with why a degenerate curve has no cut. */
  static String ruleText(Segmentation segmentation, MoneyText money) {
    String text = RuleText.sentence(segmentation.rule(), money::full);
    return segmentation
        .auto()
        .filter(a -> a.isDegenerate())
        .map(a -> text + "; " + a.degenerate())
        .orElse(text);
  }
}

package dev.segment.chart;

import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Renders a sample chart at 1600x900, 800x450 and 3200x1800 into a folder, to look at: a test-scope
 * tool. Arguments: folder (default /tmp), scenario ({@code essay}, {@code million}, {@code five},
 * {@code whale}, {@code few}).
 */
public final class ParetoChartDemo {
  private ParetoChartDemo() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
    String scenario = args.length > 1 ? args[1] : "essay";
    JFreeChart chart = ParetoChart.build(scenario(scenario));
    String base = scenario.equals("essay") ? "pareto-demo" : "pareto-" + scenario;
    int[][] sizes = {{1600, 900}, {800, 450}, {3200, 1800}};
    for (int[] size : sizes) {
      String name = base + (size[0] == 1600 ? "" : "-" + size[0]) + ".png";
      try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
        long t0 = System.nanoTime();
        ChartPng.write(chart, size[0], size[1], out);
        System.out.printf("%s %.0f ms%n", name, (System.nanoTime() - t0) / 1e6);
      }
    }
  }

  private static SegmentReport scenario(String name) {
    switch (name) {
      case "million":
        {
          ParetoCurve curve = SampleReports.curve(SampleReports.logNormalCents(1_000_000, 7), 2);
          return SampleReports.report(
              curve, SampleReports.byCustomers(10, 30), "EUR", Tier.defaultLabels(3));
        }
      case "five":
        {
          ParetoCurve curve = SampleReports.curve(SampleReports.logNormalCents(5000, 3), 2);
          return SampleReports.report(
              curve,
              SampleReports.byCustomers(2, 10, 30, 60),
              "GBP",
              List.of("Strategic accounts", "Enterprise", "Mid-market", "Growth", "Self-serve"));
        }
      case "whale":
        {
          long[] mrr = SampleReports.logNormalCents(300, 5);
          mrr[0] = 500_000_000L;
          mrr = SampleReports.descending(mrr);
          ParetoCurve curve = SampleReports.curve(mrr, 2);
          return SampleReports.report(
              curve, SampleReports.byCustomers(10, 30), "CHF", Tier.defaultLabels(3));
        }
      case "few":
        {
          ParetoCurve curve =
              SampleReports.curve(new long[] {120000, 90000, 40000, 30000, 9000}, 2);
          return SampleReports.report(
              curve, SampleReports.byCustomers(10, 30), "JPY", Tier.defaultLabels(3));
        }
      default:
        return SampleReports.essay(2000, 42);
    }
  }
}

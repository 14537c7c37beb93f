package dev.segment.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/** Renders the essay-like sample chart at three sizes into a folder, to look at: a test-scope tool. */
public final class ParetoChartDemo {
  private ParetoChartDemo() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    JFreeChart chart = ParetoChart.build(SampleReports.essay(n, 42));
    int[][] sizes = {{1600, 900}, {800, 450}, {3200, 1800}};
    for (int[] size : sizes) {
      String name = size[0] == 1600 ? "pareto-demo.png" : "pareto-demo-" + size[0] + ".png";
      try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
        long t0 = System.nanoTime();
        ChartPng.write(chart, size[0], size[1], out);
        System.out.printf("%s %.0f ms%n", name, (System.nanoTime() - t0) / 1e6);
      }
    }
  }
}

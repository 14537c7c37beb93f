package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The phone chart writes its numbers as {@code String.format("%.1f")} does, ties included. */
class PhoneChartNumbersProperties {
  @Property(tries = 2000)
  void anyCoordinate(@ForAll @DoubleRange(min = -10, max = 2000) double v) {
    assertThat(PhoneChart.oneDecimal(v)).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
  }

  @Property(tries = 2000)
  void halvesAndTheirNeighbours(@ForAll @IntRange(min = 0, max = 40_000) int k) {
    // 0.15 is 0.1499999… in binary, yet the Formatter writes 0.2: it rounds the shortest decimal.
    double tie = k / 20.0 + 0.05;
    for (double v : new double[] {tie, Math.nextUp(tie), Math.nextDown(tie), k * 0.005}) {
      assertThat(PhoneChart.oneDecimal(v)).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
    }
  }

  @Property(tries = 10)
  void oddValues(@ForAll boolean negative) {
    for (double v : new double[] {0.0, -0.0, 1e-300, 5e6, 2e7, Double.NaN, -0.04}) {
      double w = negative ? -v : v;
      assertThat(PhoneChart.oneDecimal(w)).isEqualTo(String.format(Locale.ROOT, "%.1f", w));
    }
  }
}

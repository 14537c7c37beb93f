package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickFormatTest {
  @ParameterizedTest
  @CsvSource({"80, 80%", "0, 0%", "12.5, 12.5%"})
  void percentTicks(double value, String text) {
    assertThat(TickFormat.percent().format(value)).isEqualTo(text);
  }
}

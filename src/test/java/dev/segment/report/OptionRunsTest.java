package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.report.OptionRuns.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionRunsTest {
  @Test
  void splitsOutEachOptionName() {
    assertThat(OptionRuns.of("add --where \"Status=active\" or --interval-column X"))
        .containsExactly(
            new Run("add ", false),
            new Run("--where", true),
            new Run(" \"Status=active\" or ", false),
            new Run("--interval-column", true),
            new Run(" X", false));
  }

  @Test
  void leavesOtherDashesAlone() {
    assertThat(OptionRuns.of("a-b --- x--y -5 --"))
        .containsExactly(new Run("a-b --- x--y -5 --", false));
    assertThat(OptionRuns.of("")).isEqualTo(List.of(new Run("", false)));
  }
}

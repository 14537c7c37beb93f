package dev.segment.cli;

import dev.segment.io.ReadOptions;
import dev.segment.model.CutRule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One run's validated options. {@code chart} is empty with {@code --no-chart}. */
record Settings(
    String input,
    Path out,
    ReadOptions read,
    CutRule rule,
    List<String> labels,
    boolean strict,
    boolean excludeZero,
    OutputFormat format,
    boolean quiet,
    boolean verbose,
    Optional<ChartSize> chart,
    Decisions decisions) {
  Settings {
    labels = List.copyOf(labels);
  }

  /**
   * The options for running the tiers; each is empty when not given.
   *
   * @param book ARR per CSM ({@code --book})
   * @param ratios accounts per CSM, from tier 1 ({@code --accounts-per-csm})
   * @param previous an earlier run's tiers.csv ({@code --previous})
   * @param grace PCT of {@code --grace}, which needs {@code previous}
   * @param pins the {@code --pin} file
   */
  record Decisions(
      Optional<BigDecimal> book,
      List<Integer> ratios,
      Optional<Path> previous,
      Optional<BigDecimal> grace,
      Optional<Path> pins) {
    Decisions {
      ratios = List.copyOf(ratios);
    }
  }
}

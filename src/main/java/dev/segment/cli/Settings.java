package dev.segment.cli;

import dev.segment.io.ReadOptions;
import dev.segment.model.CutRule;
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
    Optional<ChartSize> chart) {
  Settings {
    labels = List.copyOf(labels);
  }
}

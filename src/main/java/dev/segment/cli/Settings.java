package dev.segment.cli;

import dev.segment.io.ReadOptions;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run's validated options. {@code chart} is empty with {@code --no-chart}; {@code presentation}
 * holds the title, as-of date and bar scale the chart, report.html and the JSON show; {@code html}
 * writes report.html (not under {@code --no-html}); {@code bom} puts a byte-order mark before each
 * CSV file in {@code out}; {@code plan} holds the cuts, labels and decision aids as the run's
 * {@link SegmentPlan} takes them; {@code xlsx} writes segment.xlsx; {@code sheet} names the sheet
 * of a workbook input ({@code --sheet}, else the first); {@code previousIfExists} makes a plan's
 * previous file one that may not exist yet ({@code --previous-if-exists}).
 */
record Settings(
    String input,
    Path out,
    ReadOptions read,
    boolean strict,
    OutputFormat format,
    boolean quiet,
    boolean verbose,
    Optional<ChartSettings> chart,
    Presentation presentation,
    boolean html,
    boolean bom,
    SegmentPlan.Options plan,
    boolean xlsx,
    Optional<String> sheet,
    boolean previousIfExists,
    List<String> options) {
  Settings {
    options = List.copyOf(options);
  }
}

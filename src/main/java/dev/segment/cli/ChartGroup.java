package dev.segment.cli;

import dev.segment.model.Presentation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of the chart: whether it is drawn, its files and size, its title and bar axis. */
final class ChartGroup implements OptionGroup {
  @Override
  public String heading() {
    return "Chart";
  }

  @Option(names = "--no-chart", description = "Do not draw the chart (pareto.png, pareto.svg).")
  boolean noChart;

  @Option(
      names = "--chart-format",
      paramLabel = "FMT",
      defaultValue = "png",
      split = ",",
      description =
          "The chart's files: png (pareto.png), svg (pareto.svg, vector graphics for slides) or"
              + " png,svg for both. Default: ${DEFAULT-VALUE}.")
  List<ChartFormat> chartFormat;

  @Option(
      names = "--chart-size",
      paramLabel = "WxH",
      defaultValue = "1600x900",
      converter = Converters.Size.class,
      description =
          "Size of the chart in pixels (pareto.png; pareto.svg's size in user units), from"
              + " 480x270 to 10000x10000. Default: ${DEFAULT-VALUE}.")
  ChartSize chartSize;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description =
          "The chart's title, e.g. \"Customer tiers, Q4\". Default: MRR Pareto: N customers,"
              + " total MRR.")
  String title;

  @Option(
      names = "--bar-scale",
      paramLabel = "SCALE",
      defaultValue = "linear",
      description =
          "The bars' MRR axis: linear, or log to show the long tail of a large base (zero-MRR"
              + " customers draw no bar; the cumulative line keeps its %% axis)."
              + " Default: ${DEFAULT-VALUE}.")
  Presentation.BarScale barScale;

  /** The chart to draw, empty under {@code --no-chart}. */
  Optional<ChartSettings> chart() {
    return noChart ? Optional.empty() : Optional.of(new ChartSettings(chartSize, chartFormat));
  }

  /** The title, date and bar scale the chart (and any page built on it) shows. */
  Presentation presentation(Optional<LocalDate> asOf) {
    Optional<String> text = Optional.ofNullable(title).map(String::strip);
    if (text.isPresent() && text.get().isEmpty()) {
      throw new IllegalArgumentException(
          "--title needs some text, e.g. --title \"Customer tiers, Q4\"");
    }
    if (text.isPresent() && text.get().codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "--title cannot hold control characters (a tab or line break): write it on one line");
    }
    return new Presentation(text, asOf, barScale);
  }
}

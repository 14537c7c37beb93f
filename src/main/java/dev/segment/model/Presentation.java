package dev.segment.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a run is shown to people, apart from its figures: the title that replaces the chart's own
 * (and the page's heading), the date the figures are as of, and the scale of the chart's bars. The
 * chart, the JSON report and any page built on them read it from here.
 */
public record Presentation(Optional<String> title, Optional<LocalDate> asOf, BarScale barScale) {
  /** No title of one's own, no date, linear bars: what a run without chart options shows. */
  public static final Presentation DEFAULT =
      new Presentation(Optional.empty(), Optional.empty(), BarScale.LINEAR);

  /** How the bars' MRR axis runs. */
  public enum BarScale {
    /** From 0, evenly: the top customers' height against the rest, as the essay draws it. */
    LINEAR,
    /** Powers of ten: the long tail of a large base stays visible; zero MRR draws no bar. */
    LOG
  }

  public Presentation {
    if (title.isPresent() && title.get().isBlank()) {
      throw new IllegalArgumentException("a title must not be blank");
    }
  }
}

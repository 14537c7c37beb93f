package dev.segment.model;

import java.util.List;

/** Everything one run found, as the report writers (terminal, JSON, CSV) show it. */
public record SegmentReport(
    InputSummary input,
    Exclusions exclusions,
    Segmentation segmentation,
    List<TierStats> tiers,
    Concentration concentration) {
  public SegmentReport {
    tiers = List.copyOf(tiers);
  }
}

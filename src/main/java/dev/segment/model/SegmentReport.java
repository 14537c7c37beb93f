package dev.segment.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything one run found, as the report writers (terminal, JSON, CSV) show it. {@code tiers} are
 * the tiers after {@code overrides}; {@code staffing}, and {@code movements} and {@code retention}
 * (with {@code --previous}), the fit to a budget of CSMs ({@code --csms}) and the candidate top
 * tiers ({@code --sweep}) are present when asked for; {@code groups}, the tiers cut within each
 * group, with {@code --group-by}.
 */
public record SegmentReport(
    InputSummary input,
    Exclusions exclusions,
    Segmentation segmentation,
    List<TierStats> tiers,
    Concentration concentration,
    Overrides overrides,
    Optional<Staffing> staffing,
    Optional<Movements> movements,
    Optional<Retention> retention,
    Optional<Budget> budget,
    Optional<Sweep> sweep,
    Optional<Groups> groups) {
  public SegmentReport {
    tiers = List.copyOf(tiers);
  }

  /** A run without {@code --group-by}. */
  public SegmentReport(
      InputSummary input,
      Exclusions exclusions,
      Segmentation segmentation,
      List<TierStats> tiers,
      Concentration concentration,
      Overrides overrides,
      Optional<Staffing> staffing,
      Optional<Movements> movements,
      Optional<Retention> retention,
      Optional<Budget> budget,
      Optional<Sweep> sweep) {
    this(
        input,
        exclusions,
        segmentation,
        tiers,
        concentration,
        overrides,
        staffing,
        movements,
        retention,
        budget,
        sweep,
        Optional.empty());
  }

  /** A run without a budget of CSMs or a sweep. */
  public SegmentReport(
      InputSummary input,
      Exclusions exclusions,
      Segmentation segmentation,
      List<TierStats> tiers,
      Concentration concentration,
      Overrides overrides,
      Optional<Staffing> staffing,
      Optional<Movements> movements,
      Optional<Retention> retention) {
    this(
        input,
        exclusions,
        segmentation,
        tiers,
        concentration,
        overrides,
        staffing,
        movements,
        retention,
        Optional.empty(),
        Optional.empty());
  }

  /** A run without pins, grace, staffing or an earlier run to compare. */
  public SegmentReport(
      InputSummary input,
      Exclusions exclusions,
      Segmentation segmentation,
      List<TierStats> tiers,
      Concentration concentration) {
    this(
        input,
        exclusions,
        segmentation,
        tiers,
        concentration,
        Overrides.none(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}

package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What one run computes from the customers: the cuts and their labels, and the decision aids that
 * were asked for (each empty when not given).
 *
 * @param pins the {@code --pin} file's rows and the file's name, for messages
 * @param previous an earlier run's tiers ({@code --previous})
 * @param grace PCT of {@code --grace}, which needs {@code previous}
 * @param book ARR per CSM ({@code --book})
 * @param ratios accounts per CSM from tier 1 ({@code --accounts-per-csm}); empty when not given
 */
public record SegmentPlan(
    CutRule rule,
    List<String> labels,
    boolean excludeZero,
    Optional<PinList> pins,
    Optional<PreviousTiers> previous,
    Optional<BigDecimal> grace,
    Optional<BigDecimal> book,
    List<Integer> ratios) {
  public SegmentPlan {
    labels = List.copyOf(labels);
    ratios = List.copyOf(ratios);
    if (grace.isPresent() && previous.isEmpty()) {
      throw new IllegalArgumentException("--grace needs --previous");
    }
  }

  /** A plan with the cuts only, no decision aids. */
  public static SegmentPlan cutsOnly(CutRule rule, List<String> labels, boolean excludeZero) {
    return new SegmentPlan(
        rule,
        labels,
        excludeZero,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  /** True when staffing was asked for ({@code --book} or {@code --accounts-per-csm}). */
  public boolean staffing() {
    return book.isPresent() || !ratios.isEmpty();
  }

  /** The rows of a {@code --pin} file and where they came from. */
  public record PinList(String source, List<Pin> pins) {
    public PinList {
      pins = List.copyOf(pins);
    }
  }
}

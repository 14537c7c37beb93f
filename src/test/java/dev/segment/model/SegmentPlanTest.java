package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentPlanTest {
  private static final CutRule RULE =
      new CutRule.ByCustomers(List.of(new BigDecimal("10"), new BigDecimal("30")));

  private static SegmentPlan.Options options(
      List<String> labels, Optional<Path> previous, Optional<BigDecimal> grace) {
    return new SegmentPlan.Options(
        RULE, labels, false, Optional.empty(), List.of(), previous, grace, Optional.empty());
  }

  @Test
  void graceNeedsPrevious() {
    assertThatThrownBy(
            () -> options(Tier.defaultLabels(3), Optional.empty(), Optional.of(BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--grace needs --previous");
  }

  @Test
  void labelsAreCheckedByTheOneRule() {
    assertThatThrownBy(() -> options(List.of("A", "B"), Optional.empty(), Optional.empty()))
        .hasMessage("--names gives 2 names but the cuts make 3 tiers; give exactly 3");
    assertThatThrownBy(() -> options(List.of("A", " ", "C"), Optional.empty(), Optional.empty()))
        .hasMessageStartingWith("--names has an empty tier name");
  }

  @Test
  void aPlanHoldsThePreviousFileItsOptionsName() {
    SegmentPlan.Options named =
        options(Tier.defaultLabels(3), Optional.of(Path.of("tiers.csv")), Optional.empty());
    assertThatThrownBy(() -> new SegmentPlan(named, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

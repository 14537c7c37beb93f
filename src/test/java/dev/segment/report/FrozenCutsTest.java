package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrozenCutsTest {
  private static TierStats tier(String floor, String max) {
    BigDecimal z = BigDecimal.ZERO;
    Optional<TierStats.Amounts> amounts =
        floor == null
            ? Optional.empty()
            : Optional.of(new TierStats.Amounts(new BigDecimal(floor), new BigDecimal(max), z, z));
    return new TierStats("t", floor == null ? 0 : 1, z, z, z, z, z, amounts);
  }

  @Test
  void nonEmptyTiersGiveTheirFloors() {
    List<BigDecimal> floors =
        FrozenCuts.floors(
            List.of(tier("5010.00", "9000"), tier("1702.50", "5000"), tier("0", "9")));
    assertThat(floors).containsExactly(new BigDecimal("5010.00"), new BigDecimal("1702.50"));
    assertThat(FrozenCuts.flags(floors)).isEqualTo("--by mrr --cuts 5010,1702.5");
  }

  @Test
  void anEmptyMiddleTierGetsAFloorHalfwayBetweenItsNeighbours() {
    List<BigDecimal> floors =
        FrozenCuts.floors(List.of(tier("300.50", "500"), tier(null, null), tier("0", "50.25")));
    // Between 300.50 (tier 1's floor) and 50.25 (the highest MRR below): nobody lands in it.
    assertThat(FrozenCuts.flags(floors)).isEqualTo("--by mrr --cuts 300.5,175.375");
  }

  @Test
  void oneCustomerOrAllEqualKeepsEveryoneInTierOne() {
    List<BigDecimal> floors =
        FrozenCuts.floors(List.of(tier("40", "40"), tier(null, null), tier(null, null)));
    assertThat(FrozenCuts.flags(floors)).isEqualTo("--by mrr --cuts 40,20");
  }

  @Test
  void allZeroPutsEveryoneInTheLastTier() {
    List<BigDecimal> floors =
        FrozenCuts.floors(List.of(tier(null, null), tier(null, null), tier("0", "0")));
    assertThat(FrozenCuts.flags(floors)).isEqualTo("--by mrr --cuts 1,0.5");
  }

  @Test
  void anEmptyFirstTierSitsAboveEveryone() {
    List<BigDecimal> floors =
        FrozenCuts.floors(List.of(tier(null, null), tier("10", "70"), tier("0", "5")));
    assertThat(FrozenCuts.flags(floors)).isEqualTo("--by mrr --cuts 140,10");
  }
}

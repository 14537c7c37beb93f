package dev.segment.analysis;

import static dev.segment.analysis.TestCustomers.curve;
import static dev.segment.analysis.TestCustomers.sizes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AutoCuts;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Tier;
import org.junit.jupiter.api.Test;

class AutoCutterTest {
  private static final CutRule AUTO = new CutRule.Auto();

  /**
   * MRR 40 20 15 10 5 4 3 2 1 0: N = 10, T = 100, mean 10; S = 40 60 75 85 90 94 97 99 100 100.
   * Squared distance to (0, 1), x² + (1 − y)²: i=1 .01+.36 = .37; i=2 .04+.16 = .20; i=3 .09+.0625
   * = .1525; i=4 .16+.0225 = .1825, rising after: P = 3. BE = 4, the last MRR ≥ 10. P comes first
   * and ends tier 1; B_x = 0.4. Distance to (0.4, 1): i=3 .01+.0625 = .0725; i=4 0+.0225; i=5
   * .01+.01 = .02; i=6 .04+.0036 = .0436: the submarginal point is 5.
   */
  @Test
  void findsParetoBreakEvenAndSubmarginalPoints() {
    ParetoCurve curve = curve("40", "20", "15", "10", "5", "4", "3", "2", "1", "0");

    AutoCuts cuts = AutoCutter.find(curve);

    assertThat(cuts).isEqualTo(AutoCuts.on(curve, 3, 4, 5, true, ""));
    assertThat(sizes(TierCutter.cut(curve, AUTO, Tier.defaultLabels(3)))).containsExactly(3, 2, 5);
  }

  /**
   * MRR 10 then nine 1s: T = 19, mean 1.9, so BE = 1. To (0, 1): i=1 .01+(9/19)² = .2344; i=2
   * .04+(8/19)² = .2173; i=3 .09+(7/19)² = .2257: P = 2. BE comes first and ends tier 1; B_x = 0.2.
   * To (0.2, 1): i=3 .01+.1357 = .1457; i=4 .04+(6/19)² = .1397; i=5 .09+(5/19)² = .1593:
   * submarginal 4. The tie rule then takes tier 2 to the end (all 1s), leaving tier 3 empty.
   */
  @Test
  void breakEvenCanComeFirst() {
    ParetoCurve curve = curve("10", "1", "1", "1", "1", "1", "1", "1", "1", "1");

    AutoCuts cuts = AutoCutter.find(curve);

    assertThat(cuts).isEqualTo(AutoCuts.on(curve, 2, 1, 4, false, ""));
    assertThat(sizes(TierCutter.cut(curve, AUTO, Tier.defaultLabels(3)))).containsExactly(1, 9, 0);
  }

  /**
   * MRR 9 6 1 0: T = 16. To (0, 1): i=1 1/16 + (7/16)² = 65/256; i=2 4/16 + (1/16)² = 65/256, the
   * same exactly: the first, 1, is P. BE = 2 (mean 4). B_x = 0.5; to (0.5, 1): i=1 65/256, i=2
   * 1/256, i=3 16/256: submarginal 2.
   */
  @Test
  void equalDistancesKeepTheFirstPoint() {
    ParetoCurve curve = curve("9", "6", "1", "0");

    AutoCuts cuts = AutoCutter.find(curve);

    assertThat(cuts).isEqualTo(AutoCuts.on(curve, 1, 2, 2, true, ""));
    assertThat(sizes(TierCutter.cut(curve, AUTO, Tier.defaultLabels(3)))).containsExactly(1, 1, 2);
  }

  /**
   * The curve 9 6 1 0 scaled by 10^17 and nudged by a few units: the distances of points 1 and 2 to
   * (0, 1) then differ by about one part in 10^18, below what a double resolves: in doubles they
   * come out equal, or even in the wrong order. Exactly, point 2 is nearer, so it is P.
   */
  @Test
  void distancesTooCloseForDoublesAreComparedExactly() {
    ParetoCurve curve =
        curve("900000000000000000", "599999999999999963", "100000000000000050", "0");

    assertThat(AutoCutter.find(curve).paretoPoint()).isEqualTo(2);
    ParetoCurve misordered =
        curve("900000000000000000", "599999999999998740", "100000000000001956", "0");
    assertThat(AutoCutter.find(misordered).paretoPoint()).isEqualTo(2);
  }

  /**
   * Two customers 10 and 1: P = 1 (.25 + (1/11)² against 1), BE = 1 (mean 5.5), B_x = 0.5, and
   * (0.5, 10/11) is nearer (0.5, 1) than (1, 1): submarginal 1, so tier 2 is empty.
   */
  @Test
  void twoCustomers() {
    ParetoCurve curve = curve("1", "10");

    AutoCuts cuts = AutoCutter.find(curve);

    assertThat(cuts).isEqualTo(AutoCuts.on(curve, 1, 1, 1, true, ""));
    assertThat(sizes(TierCutter.cut(curve, AUTO, Tier.defaultLabels(3)))).containsExactly(1, 0, 1);
    // A paying customer and a free one: the free one is in the last tier.
    assertThat(sizes(TierCutter.cut(curve("0", "10"), AUTO, Tier.defaultLabels(3))))
        .containsExactly(1, 0, 1);
    // Two equal customers: one tier.
    AutoCuts equal = AutoCutter.find(curve("3", "3"));
    assertThat(equal.isDegenerate()).isTrue();
    assertThat(sizes(TierCutter.cut(curve("3", "3"), AUTO, Tier.defaultLabels(3))))
        .containsExactly(2, 0, 0);
  }

  @Test
  void oneCustomerIsDegenerate() {
    AutoCuts cuts = AutoCutter.find(curve("42"));

    assertThat(cuts.paretoPoint()).isEqualTo(1);
    assertThat(cuts.breakEvenPoint()).isEqualTo(1);
    assertThat(cuts.submarginalPoint()).isEqualTo(1);
    assertThat(cuts.degenerate()).contains("one customer");
  }

  /**
   * MRR 7 7 7 7: the points lie on the diagonal, P = 2 (the middle), BE = 4, submarginal 4 (the
   * corner (1, 1) itself). The tie rule puts all four in tier 1.
   */
  @Test
  void allEqualMrrIsDegenerate() {
    AutoCuts cuts = AutoCutter.find(curve("7", "7", "7", "7"));

    assertThat(cuts.paretoPoint()).isEqualTo(2);
    assertThat(cuts.breakEvenPoint()).isEqualTo(4);
    assertThat(cuts.submarginalPoint()).isEqualTo(4);
    assertThat(cuts.degenerate()).contains("same MRR");
  }

  @Test
  void allZeroAndEmptyCurvesAreDegenerate() {
    AutoCuts zeros = AutoCutter.find(curve("0", "0"));
    assertThat(zeros).isEqualTo(AutoCuts.on(curve("0", "0"), 0, 0, 0, false, zeros.degenerate()));
    assertThat(zeros.degenerate()).contains("zero");
    assertThat(sizes(TierCutter.cut(curve("0", "0"), AUTO, Tier.defaultLabels(3))))
        .containsExactly(0, 0, 2);

    AutoCuts empty = AutoCutter.find(curve());
    assertThat(empty.isDegenerate()).isTrue();
    assertThat(empty.paretoPoint()).isZero();
  }
}

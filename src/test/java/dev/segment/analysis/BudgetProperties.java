package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Budget;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Sweep;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code --csms} and {@code --sweep} over random curves with many ties and zeros: a fitted tier
 * needs no more CSMs than it was given, ends at a clean tie boundary no later than its cut, and is
 * the largest such; the tiers still cover the curve; the MRR left without a CSM adds up.
 */
class BudgetProperties {
  @Provide
  Arbitrary<List<String>> amounts() {
    return Arbitraries.of("0", "5", "20", "20", "100", "100", "250", "999.5", "1000", "4000")
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  private static final List<String> LABELS = Tier.defaultLabels(3);

  @Property(tries = 300, seed = "25")
  void aFittedTierFitsItsBudgetAtACleanBoundaryAndIsTheLargest(
      @ForAll("amounts") List<String> amounts,
      @ForAll @IntRange(min = 0, max = 4) int csms1,
      @ForAll @IntRange(min = 0, max = 4) int csms2,
      @ForAll @IntRange(min = 1, max = 3) int ratio1,
      @ForAll @IntRange(min = 1, max = 6) int ratio2,
      @ForAll boolean withBook) {
    ParetoCurve curve = TestCustomers.curve(amounts.toArray(String[]::new));
    Segmentation asked =
        TierCutter.cut(
            curve,
            new CutRule.ByCustomers(List.of(BigDecimal.valueOf(20), BigDecimal.valueOf(60))),
            LABELS);
    Optional<BigDecimal> book =
        withBook ? Optional.of(BigDecimal.valueOf(24_000)) : Optional.empty();
    List<Integer> ratios = List.of(ratio1, ratio2);
    List<Integer> budget = List.of(csms1, csms2);
    BudgetFitter.Fitted fitted = BudgetFitter.fit(asked, book, ratios, budget);
    List<Tier> tiers = fitted.segmentation().tiers();
    BigDecimal uncovered = BigDecimal.ZERO;
    for (int t = 0; t < 2; t++) {
      Tier f = tiers.get(t);
      Budget.TierFit row = fitted.budget().tiers().get(t);
      assertThat(f.end()).isLessThanOrEqualTo(Math.max(f.start(), asked.tiers().get(t).end()));
      assertThat(row.csmsAfter()).isLessThanOrEqualTo(budget.get(t));
      assertThat(clean(curve, f.end())).isTrue();
      // The next clean boundary up to the asked end would need more CSMs than given.
      int next = nextClean(curve, f.end(), asked.tiers().get(t).end());
      if (next > f.end()) {
        assertThat(csms(curve, f.start(), next, book, ratios.get(t))).isGreaterThan(budget.get(t));
      }
      uncovered = uncovered.add(row.uncoveredMrr());
    }
    assertThat(tiers.get(2).end()).isEqualTo(curve.size());
    assertThat(uncovered).isEqualByComparingTo(fitted.budget().uncoveredMrr());
    BigDecimal lost =
        before(curve, asked.tiers().get(1).end()).subtract(before(curve, tiers.get(1).end()));
    assertThat(fitted.budget().uncoveredMrr()).isEqualByComparingTo(lost);
  }

  @Property(tries = 200, seed = "25")
  void aSweepRowIsTheTopTierOfThatOneCut(@ForAll("amounts") List<String> amounts) {
    ParetoCurve curve = TestCustomers.curve(amounts.toArray(String[]::new));
    Sweep sweep = Sweeper.of(curve, Optional.empty(), List.of(), false);
    int previous = 0;
    for (Sweep.Row r : sweep.rows()) {
      if (r.basis() == Sweep.Basis.CUSTOMERS && r.cut() == 5) {
        previous = 0;
      }
      if (r.basis() == Sweep.Basis.REVENUE && r.cut() == 10) {
        previous = 0;
      }
      // A larger cut never holds fewer customers; every top tier ends cleanly.
      assertThat(r.customers()).isGreaterThanOrEqualTo(previous);
      assertThat(clean(curve, r.customers())).isTrue();
      assertThat(r.mrr()).isEqualByComparingTo(before(curve, r.customers()));
      previous = r.customers();
    }
  }

  private static boolean clean(ParetoCurve curve, int end) {
    return end == 0 || end == curve.size() || curve.compareMrr(end - 1, end) != 0;
  }

  private static int nextClean(ParetoCurve curve, int from, int limit) {
    for (int e = from + 1; e <= limit; e++) {
      if (clean(curve, e)) {
        return e;
      }
    }
    return from;
  }

  /** The staffing rule written out directly: max(ceil(ARR / book), ceil(accounts / ratio)). */
  private static int csms(
      ParetoCurve curve, int start, int end, Optional<BigDecimal> book, int ratio) {
    int accounts = end - start;
    int byRatio = (accounts + ratio - 1) / ratio;
    int byBook = 0;
    if (book.isPresent()) {
      BigDecimal arr =
          before(curve, end).subtract(before(curve, start)).multiply(BigDecimal.valueOf(12));
      byBook = arr.divide(book.get(), 0, java.math.RoundingMode.CEILING).intValueExact();
    }
    return Math.max(byRatio, byBook);
  }

  private static BigDecimal before(ParetoCurve curve, int count) {
    return count == 0 ? BigDecimal.ZERO : curve.cumulative(count - 1);
  }
}

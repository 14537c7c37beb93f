package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.AutoCuts;
import dev.segment.model.Concentration;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.PreviousTiers;
import dev.segment.model.Retention;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The SPEC's invariants over random customers: random ids (often repeated, so rows merge), repeated
 * MRR values, zeros, negatives and mixed decimal scales; cut by every basis. Seeds are fixed so a
 * run is repeatable.
 */
class CurveProperties {
  /** One input row: an amount as an unscaled long at its own scale. */
  record Row(String id, long unscaled, int scale) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> ids =
        Arbitraries.strings()
            .withChars('a', 'B', 'b', '0', '9', '_', 'é')
            .ofMinLength(1)
            .ofMaxLength(3);
    Arbitrary<Long> amounts =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 1_000_000_000L)),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(1L, 100L, 4_900L, 100_000L)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(4_000_000_000L, 4_000_000_300L)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-1_000_000L, -1)));
    Arbitrary<Integer> scales = Arbitraries.integers().between(0, 6);
    return Combinators.combine(ids, amounts, scales).as(Row::new).list().ofMaxSize(60);
  }

  private static Customers customers(List<Row> rows) {
    CustomersBuilder builder = new CustomersBuilder(AmountKind.MRR, List.of());
    for (Row row : rows) {
      builder.add(row.id(), "", row.unscaled(), row.scale(), new String[0]);
    }
    return builder.build();
  }

  /**
   * A random rule of the given basis (0 customers, 1 revenue, 2 mrr, 3 auto) that fits the curve.
   */
  private static CutRule rule(int basis, ParetoCurve curve, Random random) {
    int cuts = 1 + random.nextInt(4);
    if (basis == 3) {
      return new CutRule.Auto();
    }
    if (basis == 2) {
      // Floors taken from the curve's own amounts (so some land exactly on a customer) or between.
      TreeSet<BigDecimal> floors = new TreeSet<>(Comparator.reverseOrder());
      for (int k = 0; k < cuts; k++) {
        BigDecimal floor =
            curve.size() > 0 && random.nextBoolean()
                ? curve.mrr(random.nextInt(curve.size()))
                : BigDecimal.valueOf(random.nextInt(2_000_000_000) + 1L, random.nextInt(7));
        if (floor.signum() > 0 && floors.stream().noneMatch(f -> f.compareTo(floor) == 0)) {
          floors.add(floor);
        }
      }
      if (floors.isEmpty()) {
        floors.add(BigDecimal.ONE);
      }
      return new CutRule.ByMrr(List.copyOf(floors));
    }
    TreeSet<BigDecimal> percents = new TreeSet<>();
    for (int k = 0; k < cuts; k++) {
      percents.add(BigDecimal.valueOf(1 + random.nextInt(9998), 2).stripTrailingZeros());
    }
    List<BigDecimal> list = List.copyOf(percents);
    return basis == 0 ? new CutRule.ByCustomers(list) : new CutRule.ByRevenue(list);
  }

  @Property(tries = 400, seed = "20261125")
  void tiersHoldEveryCustomerOnceWithExactSumsAndCleanFloors(
      @ForAll("rows") List<Row> rows,
      @ForAll boolean excludeZero,
      @ForAll @IntRange(min = 0, max = 3) int basis,
      @ForAll Random random) {
    Customers customers = customers(rows);
    CurveResult result = CurveBuilder.build(customers, excludeZero);
    ParetoCurve curve = result.curve();
    CutRule rule = rule(basis, curve, random);
    Segmentation s = TierCutter.cut(curve, rule, Tier.defaultLabels(rule.tierCount()));
    List<TierStats> stats = TierStatistics.of(s);

    // The curve holds exactly the customers not excluded, in rank order.
    List<Integer> expected = new ArrayList<>();
    BigDecimal keptSum = BigDecimal.ZERO;
    BigDecimal negativeSum = BigDecimal.ZERO;
    int negatives = 0;
    int zerosLeftOut = 0;
    for (int i = 0; i < customers.size(); i++) {
      long v = customers.unscaledMrr(i);
      if (v < 0) {
        negatives++;
        negativeSum = negativeSum.add(customers.mrr(i));
      } else if (v == 0 && excludeZero) {
        zerosLeftOut++;
      } else {
        expected.add(i);
        keptSum = keptSum.add(customers.mrr(i));
      }
    }
    expected.sort(
        Comparator.<Integer>comparingLong(i -> -customers.unscaledMrr(i))
            .thenComparing(customers::id));
    List<Integer> actual = new ArrayList<>();
    for (int r = 0; r < curve.size(); r++) {
      actual.add(curve.customerIndex(r));
    }
    assertThat(actual).isEqualTo(expected);
    // The prefix sums, built from the ranking's own MRR per rank, step by each customer's MRR.
    for (int r = 0; r < curve.size(); r++) {
      long step = curve.unscaledCumulative(r) - (r == 0 ? 0 : curve.unscaledCumulative(r - 1));
      assertThat(step).isEqualTo(customers.unscaledMrr(curve.customerIndex(r)));
    }
    assertThat(result.exclusions().negativeCustomers()).isEqualTo(negatives);
    assertThat(result.exclusions().negativeMrr()).isEqualByComparingTo(negativeSum);
    assertThat(result.exclusions().zeroCustomers()).isEqualTo(zerosLeftOut);

    // The tiers' MRR adds up to the curve's total exactly.
    BigDecimal tierSum = BigDecimal.ZERO;
    for (TierStats row : stats) {
      tierSum = tierSum.add(row.mrr());
    }
    assertThat(tierSum).isEqualTo(curve.total());
    assertThat(tierSum).isEqualByComparingTo(keptSum);

    // Contiguous tiers covering every rank once, one per label.
    assertThat(s.tiers()).hasSize(rule.tierCount());
    int next = 0;
    Set<Integer> seen = new HashSet<>();
    for (Tier tier : s.tiers()) {
      assertThat(tier.start()).isEqualTo(next);
      for (int r = tier.start(); r < tier.end(); r++) {
        assertThat(seen.add(r)).isTrue();
      }
      next = tier.end();
    }
    assertThat(next).isEqualTo(curve.size());

    // Tie rule: every tier but the last stops where MRR drops; zeros only in the last tier.
    List<Tier> tiers = s.tiers();
    for (int k = 0; k < tiers.size() - 1; k++) {
      Tier tier = tiers.get(k);
      for (int r = tier.start(); r < tier.end(); r++) {
        assertThat(curve.unscaledMrr(r)).as("zero in tier %d", k + 1).isPositive();
      }
      if (!tier.isEmpty() && tier.end() < curve.size()) {
        assertThat(curve.unscaledMrr(tier.end())).isLessThan(curve.unscaledMrr(tier.end() - 1));
      }
    }

    // Floors strictly decreasing between non-empty tiers, and no tier's max reaching the floor
    // above.
    BigDecimal floorAbove = null;
    for (TierStats row : stats) {
      if (row.amounts().isPresent()) {
        TierStats.Amounts a = row.amounts().get();
        if (floorAbove != null) {
          assertThat(a.floor()).isLessThan(floorAbove);
          assertThat(a.max()).isLessThan(floorAbove);
        }
        floorAbove = a.floor();
      }
    }

    // The cuts land where the SPEC's definitions put them, computed here by plain scans.
    assertThat(ends(s)).isEqualTo(referenceEnds(curve, rule, s));
  }

  @Property(tries = 200, seed = "20261126")
  void theResultDoesNotDependOnInputOrder(
      @ForAll("rows") List<Row> rows,
      @ForAll boolean excludeZero,
      @ForAll @IntRange(min = 0, max = 3) int basis,
      @ForAll Random random) {
    List<Row> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, random);
    ParetoCurve first = CurveBuilder.build(customers(rows), excludeZero).curve();
    ParetoCurve second = CurveBuilder.build(customers(shuffled), excludeZero).curve();
    CutRule rule = rule(basis, first, random);
    List<String> labels = Tier.defaultLabels(rule.tierCount());

    Segmentation a = TierCutter.cut(first, rule, labels);
    Segmentation b = TierCutter.cut(second, rule, labels);

    assertThat(TestCustomers.ids(second)).isEqualTo(TestCustomers.ids(first));
    for (int r = 0; r < first.size(); r++) {
      assertThat(second.mrr(r)).isEqualTo(first.mrr(r));
    }
    assertThat(b.tiers()).isEqualTo(a.tiers());
    assertThat(b.auto()).isEqualTo(a.auto());
    assertThat(TierStatistics.of(b)).isEqualTo(TierStatistics.of(a));
    assertThat(ConcentrationFigures.of(second)).isEqualTo(ConcentrationFigures.of(first));
  }

  @Property(tries = 400, seed = "20261127")
  void concentrationMatchesItsDefinition(@ForAll("rows") List<Row> rows) {
    ParetoCurve curve = CurveBuilder.build(customers(rows), false).curve();
    int n = curve.size();
    BigInteger total = BigInteger.valueOf(curve.unscaledTotal());

    Concentration c = ConcentrationFigures.of(curve);

    if (total.signum() == 0) {
      assertThat(c.gini()).isZero();
      assertThat(c.customersFor80Pct()).isZero();
      return;
    }
    BigInteger absoluteDifferences = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        absoluteDifferences =
            absoluteDifferences.add(
                BigInteger.valueOf(curve.unscaledMrr(i) - curve.unscaledMrr(j)).abs());
      }
    }
    BigDecimal gini =
        new BigDecimal(absoluteDifferences)
            .divide(
                new BigDecimal(total.multiply(BigInteger.valueOf(2L * n))),
                4,
                RoundingMode.HALF_EVEN);
    assertThat(c.gini()).isEqualTo(gini);
    assertThat(c.top20Pct()).isEqualTo(percent(prefix(curve, (20 * n + 99) / 100), curve.total()));
    assertThat(c.customersFor80Pct())
        .isEqualTo(percent(BigDecimal.valueOf(firstReaching(curve, 80)), BigDecimal.valueOf(n)));
    assertThat(c.customersFor50Pct())
        .isEqualTo(percent(BigDecimal.valueOf(firstReaching(curve, 50)), BigDecimal.valueOf(n)));
  }

  @Property(tries = 400, seed = "20261128")
  void autoPointsAreTheExactNearestPoints(@ForAll("rows") List<Row> rows) {
    ParetoCurve curve = CurveBuilder.build(customers(rows), false).curve();
    AutoCuts cuts = AutoCutter.find(curve);
    if (curve.size() == 0 || curve.unscaledTotal() == 0) {
      assertThat(cuts.isDegenerate()).isTrue();
      return;
    }
    int n = curve.size();
    int breakEven = 0;
    for (int r = 0; r < n; r++) {
      // MRR ≥ T/N, compared as MRR × N ≥ T to stay exact.
      if (curve.mrr(r).multiply(BigDecimal.valueOf(n)).compareTo(curve.total()) >= 0) {
        breakEven = r + 1;
      }
    }
    assertThat(cuts.breakEvenPoint()).isEqualTo(breakEven);
    assertThat(cuts.paretoPoint()).isEqualTo(nearestByFractions(curve, 0));
    int tier1 = Math.min(cuts.paretoPoint(), breakEven);
    int other = Math.max(cuts.paretoPoint(), breakEven);
    assertThat(cuts.tier1EndsAtPareto()).isEqualTo(cuts.paretoPoint() <= breakEven);
    assertThat(cuts.submarginalPoint()).isEqualTo(nearestByFractions(curve, other));
    assertThat(cuts.submarginalPoint()).isGreaterThanOrEqualTo(tier1);
  }

  /** The first i with the least (x_i − c/N)² + (1 − y_i)², as exact fractions over N²T². */
  private static int nearestByFractions(ParetoCurve curve, int c) {
    BigInteger n = BigInteger.valueOf(curve.size());
    BigInteger t = BigInteger.valueOf(curve.unscaledTotal());
    int best = 0;
    BigInteger least = null;
    for (int r = 0; r < curve.size(); r++) {
      BigInteger dx = BigInteger.valueOf(r + 1 - c).multiply(t);
      BigInteger dy = n.multiply(t.subtract(BigInteger.valueOf(curve.unscaledCumulative(r))));
      BigInteger d = dx.pow(2).add(dy.pow(2));
      if (least == null || d.compareTo(least) < 0) {
        least = d;
        best = r + 1;
      }
    }
    return best;
  }

  private static List<Integer> ends(Segmentation s) {
    List<Integer> ends = new ArrayList<>();
    for (Tier tier : s.tiers()) {
      ends.add(tier.end());
    }
    return ends;
  }

  /** Tier ends by the SPEC's words, with linear scans and BigDecimal shares. */
  private static List<Integer> referenceEnds(ParetoCurve curve, CutRule rule, Segmentation s) {
    int n = curve.size();
    List<Integer> raw = new ArrayList<>();
    if (rule instanceof CutRule.ByCustomers c) {
      for (BigDecimal p : c.percents()) {
        raw.add(
            p.multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(100))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact());
      }
    } else if (rule instanceof CutRule.ByRevenue c) {
      for (BigDecimal q : c.percents()) {
        int end = 0;
        for (int r = 0; r < n; r++) {
          if (curve
                  .cumulative(r)
                  .multiply(BigDecimal.valueOf(100))
                  .compareTo(q.multiply(curve.total()))
              >= 0) {
            end = r + 1;
            break;
          }
        }
        raw.add(end);
      }
    } else if (rule instanceof CutRule.ByMrr c) {
      for (BigDecimal floor : c.floors()) {
        int count = 0;
        for (int r = 0; r < n; r++) {
          if (curve.mrr(r).compareTo(floor) >= 0) {
            count++;
          }
        }
        raw.add(count);
      }
    } else {
      AutoCuts cuts = s.auto().orElseThrow();
      raw.add(Math.min(cuts.paretoPoint(), cuts.breakEvenPoint()));
      raw.add(cuts.submarginalPoint());
    }
    List<Integer> ends = new ArrayList<>();
    int previous = 0;
    for (int end : raw) {
      while (end > 0 && curve.unscaledMrr(end - 1) == 0) {
        end--;
      }
      while (end > 0 && end < n && curve.unscaledMrr(end) == curve.unscaledMrr(end - 1)) {
        end++;
      }
      previous = Math.max(previous, end);
      ends.add(previous);
    }
    ends.add(n);
    return ends;
  }

  private static BigDecimal prefix(ParetoCurve curve, int count) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = 0; r < count; r++) {
      sum = sum.add(curve.mrr(r));
    }
    return sum;
  }

  private static int firstReaching(ParetoCurve curve, int percent) {
    for (int r = 0; r < curve.size(); r++) {
      if (prefix(curve, r + 1)
              .multiply(BigDecimal.valueOf(100))
              .compareTo(curve.total().multiply(BigDecimal.valueOf(percent)))
          >= 0) {
        return r + 1;
      }
    }
    return 0;
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 4, RoundingMode.HALF_EVEN);
  }

  /**
   * Retention matches a plain recomputation from maps, and adds up: every earlier customer is in
   * one cohort, retained or churned; end − start = expansion − contraction − churned MRR.
   */
  @Property(tries = 300, seed = "20261202")
  void retentionAccountsForEveryEarlierCustomer(
      @ForAll("rows") List<Row> rows,
      @ForAll("rows") List<Row> earlier,
      @ForAll boolean excludeZero) {
    ParetoCurve curve = CurveBuilder.build(customers(rows), excludeZero).curve();
    List<String> labels = Tier.defaultLabels(2);
    Segmentation s =
        TierCutter.cut(curve, new CutRule.ByCustomers(List.of(BigDecimal.valueOf(50))), labels);
    // Earlier labels: two of this run's and one more, which takes position 3.
    List<String> earlierLabels = List.of("Tier 2", "Gold", "Tier 1");
    Map<String, PreviousTiers.Entry> was = new HashMap<>();
    for (Row r : earlier) {
      was.putIfAbsent(
          r.id(),
          new PreviousTiers.Entry(
              "",
              BigDecimal.valueOf(Math.abs(r.unscaled()), r.scale()),
              Math.floorMod(r.id().hashCode() + r.scale(), 3)));
    }
    PreviousTiers previous = new PreviousTiers("old.csv", earlierLabels, was);
    Retention t =
        RetentionTracker.compare(
            s, Overrides.none(), MovementTracker.positions(previous, labels), previous);

    Map<String, BigDecimal> now = new HashMap<>();
    for (int r = 0; r < curve.size(); r++) {
      now.put(curve.id(r), curve.mrr(r));
    }
    // Per earlier label: customers, start, retained, expansion, contraction, churned MRR, end.
    BigDecimal[][] sums = new BigDecimal[3][7];
    for (BigDecimal[] row : sums) {
      Arrays.fill(row, BigDecimal.ZERO);
    }
    for (Map.Entry<String, PreviousTiers.Entry> e : was.entrySet()) {
      BigDecimal[] sum = sums[e.getValue().label()];
      BigDecimal before = e.getValue().mrr();
      BigDecimal after = now.get(e.getKey());
      sum[0] = sum[0].add(BigDecimal.ONE);
      sum[1] = sum[1].add(before);
      if (after != null && after.signum() > 0) {
        sum[2] = sum[2].add(BigDecimal.ONE);
        sum[3] = sum[3].add(after.subtract(before).max(BigDecimal.ZERO));
        sum[4] = sum[4].add(before.subtract(after).max(BigDecimal.ZERO));
        sum[6] = sum[6].add(after);
      } else {
        sum[5] = sum[5].add(before);
      }
    }
    List<String> seen = new ArrayList<>();
    BigDecimal allStart = BigDecimal.ZERO;
    for (Retention.Row row : t.tiers()) {
      BigDecimal[] sum = sums[earlierLabels.indexOf(row.label())];
      seen.add(row.label());
      assertThat(row.customersStart()).isEqualTo(sum[0].intValue()).isPositive();
      assertThat(row.mrrStart()).isEqualByComparingTo(sum[1]);
      assertThat(row.retainedCustomers()).isEqualTo(sum[2].intValue());
      assertThat(row.expansion()).isEqualByComparingTo(sum[3]);
      assertThat(row.contraction()).isEqualByComparingTo(sum[4]);
      assertThat(row.churnedMrr()).isEqualByComparingTo(sum[5]);
      assertThat(row.mrrEnd()).isEqualByComparingTo(sum[6]);
      allStart = allStart.add(row.mrrStart());
    }
    for (Retention.Row row : append(t.tiers(), t.all())) {
      assertThat(row.mrrEnd().subtract(row.mrrStart()))
          .isEqualByComparingTo(
              row.expansion().subtract(row.contraction()).subtract(row.churnedMrr()));
      assertThat(row.grrPct().isPresent()).isEqualTo(row.mrrStart().signum() != 0);
    }
    // Rows in position order: Tier 1, Tier 2, then Gold; a label with no customer has none.
    List<String> expected = new ArrayList<>(List.of("Tier 1", "Tier 2", "Gold"));
    expected.removeIf(l -> sums[earlierLabels.indexOf(l)][0].signum() == 0);
    assertThat(seen).isEqualTo(expected);
    assertThat(t.all().customersStart()).isEqualTo(was.size());
    assertThat(t.all().mrrStart()).isEqualByComparingTo(allStart);
    long added = now.keySet().stream().filter(id -> !was.containsKey(id)).count();
    assertThat(t.newCustomers()).isEqualTo((int) added);
  }

  private static List<Retention.Row> append(List<Retention.Row> rows, Retention.Row last) {
    List<Retention.Row> all = new ArrayList<>(rows);
    all.add(last);
    return all;
  }
}

package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.io.CustomerCsvReader;
import dev.segment.io.ReadOptions;
import dev.segment.io.ReadResult;
import dev.segment.model.Concentration;
import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * SPEC's invariants with no limit on digits: random exports whose amounts have up to 30 digits
 * before and 30 after the point (so sums pass a long and 10^25), with ties, zeros, negatives and
 * junk rows, read from CSV and cut by every basis. Expected values come from BigDecimal.
 */
class WideCurveProperties {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Property(tries = 60, seed = "20261202")
  void invariantsHoldAtAnyNumberOfDigits(
      @ForAll @IntRange(min = 1, max = 60) int rows,
      @ForAll @IntRange(min = 0, max = 30) int maxScale,
      @ForAll @IntRange(min = 1, max = 30) int maxWhole,
      @ForAll long seed)
      throws IOException {
    Random rng = new Random(seed);
    StringBuilder csv = new StringBuilder("customer_id,mrr\n");
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    BigDecimal repeated = amount(rng, maxWhole, maxScale);
    int junk = 0;
    int largestScale = 0;
    List<BigDecimal> used = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String id = "c" + rng.nextInt(Math.max(1, rows / 2));
      int kind = rng.nextInt(10);
      BigDecimal v;
      if (kind == 0) {
        csv.append(id).append(",n/a\n");
        junk++;
        continue;
      } else if (kind == 1) {
        v = BigDecimal.ZERO;
      } else if (kind == 2) {
        v = amount(rng, maxWhole, maxScale).negate();
      } else if (kind < 5) {
        v = repeated;
      } else {
        v = amount(rng, maxWhole, maxScale);
      }
      csv.append(id).append(',').append(v.toPlainString()).append('\n');
      sums.merge(id, v, BigDecimal::add);
      used.add(v);
      largestScale = Math.max(largestScale, v.scale());
    }
    ReadResult read =
        CustomerCsvReader.read(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            "wide.csv",
            ReadOptions.defaults());
    // Every row accounted for.
    assertThat(read.summary().rowsRead()).isEqualTo(rows);
    assertThat(read.summary().rowsUsed()).isEqualTo(rows - junk);
    assertThat(read.summary().skipped().total()).isEqualTo(junk);

    Customers customers = read.customers();
    // The form follows the bound: Σ|amount| at the largest scale fits a long, or the sums are wide.
    BigInteger bound = BigInteger.ZERO;
    for (BigDecimal v : used) {
      bound = bound.add(v.abs().setScale(largestScale).unscaledValue());
    }
    assertThat(customers.wide()).isEqualTo(bound.compareTo(LONG_MAX) >= 0);
    Statistics.label("form").collect(customers.wide() ? "wide" : "long");
    Map<String, BigDecimal> seen = new HashMap<>();
    for (int i = 0; i < customers.size(); i++) {
      seen.put(customers.id(i), customers.mrr(i));
      assertThat(customers.mrr(i)).isEqualByComparingTo(sums.get(customers.id(i)));
    }
    assertThat(seen.keySet()).isEqualTo(sums.keySet());

    CurveResult built = CurveBuilder.build(customers, false);
    ParetoCurve curve = built.curve();
    BigDecimal expectedTotal = BigDecimal.ZERO;
    int onCurve = 0;
    for (BigDecimal s : sums.values()) {
      if (s.signum() >= 0) {
        expectedTotal = expectedTotal.add(s);
        onCurve++;
      }
    }
    assertThat(curve.size()).isEqualTo(onCurve);
    assertThat(curve.total()).isEqualByComparingTo(expectedTotal);
    BigDecimal running = BigDecimal.ZERO;
    for (int r = 0; r < curve.size(); r++) {
      running = running.add(curve.mrr(r));
      assertThat(curve.cumulative(r)).isEqualByComparingTo(running);
      if (r > 0) {
        int byMrr = curve.mrr(r - 1).compareTo(curve.mrr(r));
        assertThat(byMrr > 0 || (byMrr == 0 && curve.id(r - 1).compareTo(curve.id(r)) < 0))
            .as("rank order at %d", r)
            .isTrue();
      }
    }

    BigDecimal top = curve.size() == 0 ? BigDecimal.ONE : curve.mrr(0);
    List<CutRule> rules =
        List.of(
            new CutRule.ByCustomers(List.of(BigDecimal.valueOf(20), BigDecimal.valueOf(50))),
            new CutRule.ByRevenue(List.of(BigDecimal.valueOf(45), BigDecimal.valueOf(75))),
            new CutRule.ByMrr(
                List.of(
                    top.max(BigDecimal.ONE),
                    top.max(BigDecimal.ONE).divide(BigDecimal.TEN, 40, RoundingMode.DOWN))),
            new CutRule.Auto());
    for (CutRule rule : rules) {
      Segmentation s = TierCutter.cut(curve, rule, Tier.defaultLabels(rule.tierCount()));
      List<TierStats> stats = TierStatistics.of(s);
      BigDecimal tiersMrr = BigDecimal.ZERO;
      int start = 0;
      BigDecimal previousFloor = null;
      for (int t = 0; t < s.tiers().size(); t++) {
        Tier tier = s.tiers().get(t);
        // Contiguous, together covering the curve once.
        assertThat(tier.start()).isEqualTo(start);
        start = tier.end();
        tiersMrr = tiersMrr.add(stats.get(t).mrr());
        if (!tier.isEmpty()) {
          BigDecimal floor = curve.mrr(tier.end() - 1);
          if (previousFloor != null && t < s.tiers().size() - 1) {
            assertThat(floor).isLessThan(previousFloor);
          }
          previousFloor = floor;
          // The tie rule: the next customer after a tier's end has less MRR.
          if (tier.end() < curve.size() && t < s.tiers().size() - 1) {
            assertThat(curve.mrr(tier.end())).isLessThan(floor);
          }
        }
      }
      assertThat(start).isEqualTo(curve.size());
      assertThat(tiersMrr).as("tiers' MRR, %s", rule).isEqualByComparingTo(curve.total());
    }
    if (curve.size() > 0 && curve.total().signum() > 0) {
      Concentration c = ConcentrationFigures.of(curve);
      assertThat(c.gini()).isEqualByComparingTo(gini(curve));
    }
  }

  /** Gini from its definition, Σ_i Σ_j |x_i − x_j| / (2 N T), for small curves. */
  private static BigDecimal gini(ParetoCurve curve) {
    int n = curve.size();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sum = sum.add(curve.mrr(i).subtract(curve.mrr(j)).abs());
      }
    }
    return sum.divide(
        curve.total().multiply(BigDecimal.valueOf(2L * n)), 4, RoundingMode.HALF_EVEN);
  }

  /** A positive amount with 1..maxWhole digits before the point and 0..maxScale after it. */
  private static BigDecimal amount(Random rng, int maxWhole, int maxScale) {
    int whole = 1 + rng.nextInt(maxWhole);
    int scale = rng.nextInt(maxScale + 1);
    StringBuilder digits = new StringBuilder();
    digits.append((char) ('1' + rng.nextInt(9)));
    for (int k = 1; k < whole + scale; k++) {
      digits.append((char) ('0' + rng.nextInt(10)));
    }
    return new BigDecimal(new BigInteger(digits.toString()), scale);
  }
}

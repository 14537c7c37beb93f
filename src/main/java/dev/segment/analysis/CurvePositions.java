package dev.segment.analysis;

import dev.segment.model.ParetoCurve;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact positions on a curve, as customer counts (a count c means ranks 0..c-1): the SPEC's "first
 * ceil(p × N / 100) customers", "first rank with S_i × 100 ≥ q × T" and the tie rule. Binary
 * searches, since MRR descends and S_i rises along the curve.
 */
final class CurvePositions {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CurvePositions() {}

  /** ceil(p × n / 100), exact for a decimal p. */
  static int firstPercentOf(BigDecimal percent, int n) {
    return percent
        .multiply(BigDecimal.valueOf(n))
        .divide(HUNDRED)
        .setScale(0, RoundingMode.CEILING)
        .intValueExact();
  }

  /**
   * The first i (a count, 1-based rank) with S_i × 100 ≥ q × T; 0 for an empty curve. As S_i is an
   * integer at the curve's scale, the test is S_i ≥ ceil(q × T / 100), computed exactly.
   */
  static int reaching(ParetoCurve curve, BigDecimal percent) {
    int n = curve.size();
    if (n == 0) {
      return 0;
    }
    BigInteger needed =
        new BigDecimal(curve.wideTotal())
            .multiply(percent)
            .divide(HUNDRED)
            .setScale(0, RoundingMode.CEILING)
            .toBigIntegerExact();
    int lo = 0;
    int hi = n - 1;
    // q ≤ 100 keeps needed ≤ T = S_N, so the answer exists; find the first rank at or above it.
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (curve.compareCumulative(mid, needed) >= 0) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo + 1;
  }

  /**
   * The number of leading ranks whose MRR is at least {@code unscaled}; the caller knows the ranks
   * before {@code from} qualify.
   */
  static int countAtLeast(ParetoCurve curve, BigInteger unscaled, int from) {
    int lo = from;
    int hi = curve.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (curve.compareMrr(mid, unscaled) >= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of customers with MRR above zero: the zero-MRR ones all rank after them. */
  static int positives(ParetoCurve curve) {
    return countAtLeast(curve, BigInteger.ONE, 0);
  }

  /**
   * The tie rule: a tier ending after {@code end} customers also takes every following customer
   * with the same MRR as its last one.
   */
  static int withTies(ParetoCurve curve, int end) {
    if (end == 0) {
      return 0;
    }
    int lo = end;
    int hi = curve.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (curve.compareMrr(mid, end - 1) >= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

package dev.segment.analysis;

import dev.segment.model.AutoCuts;
import dev.segment.model.ParetoCurve;
import java.math.BigInteger;

/**
 * Computed ABC analysis (Ultsch &amp; Lötsch 2015) on the exact curve points x_i = i/N, y_i =
 * S_i/T: the Pareto point, the break-even point and the submarginal point that end tiers 1 and 2.
 */
public final class AutoCutter {
  /**
   * Width of the window of squared distances, in the unit square, that are checked exactly. Each
   * distance in double is x² + y'² with x = (i - c)/N and y' = (T - S_i)/T, every operand an exact
   * integer converted once; that is within 8 ulps of relative error, and the distance is at most 2,
   * so below 2e-15 absolute. The true minimum therefore lies within 4e-15 of the double minimum.
   */
  private static final double EXACT_WINDOW = 1e-12;

  private AutoCutter() {}

  public static AutoCuts find(ParetoCurve curve) {
    int n = curve.size();
    if (n == 0) {
      return AutoCuts.on(curve, 0, 0, 0, false, "no customer on the curve");
    }
    if (curve.wideTotal().signum() == 0) {
      return AutoCuts.on(
          curve,
          0,
          0,
          0,
          false,
          "every customer's MRR is zero, so all of them are in the last tier");
    }
    int pareto = nearest(curve, 0);
    int breakEven = breakEven(curve);
    boolean paretoFirst = pareto <= breakEven;
    int tier1End = paretoFirst ? pareto : breakEven;
    int other = paretoFirst ? breakEven : pareto;
    // The submarginal point never precedes tier 1's end A: a point i < A has x_i < x_A ≤ B_x and
    // y_i ≤ y_A ≤ 1, so it is farther from (B_x, 1) than A in both coordinates. Tier 2 cannot end
    // before tier 1, even on two customers.
    int submarginal = nearest(curve, other);
    assert submarginal >= tier1End;
    String degenerate = "";
    if (n == 1) {
      degenerate = "one customer, so it makes tier 1 alone";
    } else if (curve.compareMrr(0, n - 1) == 0) {
      degenerate = "every customer has the same MRR, so the tie rule puts all of them in tier 1";
    }
    return AutoCuts.on(curve, pareto, breakEven, submarginal, paretoFirst, degenerate);
  }

  /**
   * BE: the last customer whose MRR is at least the mean, i.e. MRR_i × N ≥ T, compared in 128 bits
   * (MRR × N can pass the long range). The top customer always qualifies.
   */
  static int breakEven(ParetoCurve curve) {
    if (curve.wide()) {
      return wideBreakEven(curve);
    }
    int n = curve.size();
    long total = curve.unscaledTotal();
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long mrr = curve.unscaledMrr(mid);
      long high = Math.multiplyHigh(mrr, n);
      long low = mrr * n;
      if (high > 0 || Long.compareUnsigned(low, total) >= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** As {@link #breakEven} in the wide form. */
  private static int wideBreakEven(ParetoCurve curve) {
    int n = curve.size();
    BigInteger total = curve.wideTotal();
    BigInteger count = BigInteger.valueOf(n);
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (curve.wideMrr(mid).multiply(count).compareTo(total) >= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The point i (1..N) nearest (c/N, 1), the first of equals. The squared distance, scaled by N²T²,
   * is D_i = (i - c)²T² + N²(T - S_i)²: an integer, compared exactly. To keep that to a handful of
   * BigInteger products, a pass in double finds the minimum, and only the points within {@link
   * #EXACT_WINDOW} of it, which must include every true minimum, are compared exactly, in rank
   * order, so equal distances keep the first.
   */
  static int nearest(ParetoCurve curve, int c) {
    int n = curve.size();
    double dn = n;
    double dt = curve.wide() ? curve.wideTotal().doubleValue() : curve.unscaledTotal();
    double least = Double.POSITIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      least = Math.min(least, approximate(curve, r, c, dn, dt));
    }
    double limit = least + EXACT_WINDOW;
    int best = 0;
    BigInteger bestDistance = null;
    for (int r = 0; r < n; r++) {
      if (approximate(curve, r, c, dn, dt) <= limit) {
        BigInteger distance = exact(curve, r, c);
        if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
          best = r + 1;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static double approximate(ParetoCurve curve, int r, int c, double dn, double dt) {
    double dx = (r + 1 - c) / dn;
    double dy = remaining(curve, r) / dt;
    return dx * dx + dy * dy;
  }

  /** T - S_i, exact, then converted to double once. */
  private static double remaining(ParetoCurve curve, int r) {
    return curve.wide()
        ? curve.wideTotal().subtract(curve.wideCumulative(r)).doubleValue()
        : curve.unscaledTotal() - curve.unscaledCumulative(r);
  }

  private static BigInteger exact(ParetoCurve curve, int r, int c) {
    BigInteger total = curve.wideTotal();
    BigInteger dx = BigInteger.valueOf(r + 1L - c).multiply(total);
    BigInteger dy =
        BigInteger.valueOf(curve.size()).multiply(total.subtract(curve.wideCumulative(r)));
    return dx.multiply(dx).add(dy.multiply(dy));
  }
}

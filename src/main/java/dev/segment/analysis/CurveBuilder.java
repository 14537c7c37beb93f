package dev.segment.analysis;

import dev.segment.model.Customers;
import dev.segment.model.Exclusions;
import dev.segment.model.ParetoCurve;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks customers into the Pareto curve: MRR descending, ties by id ascending, leaving out negative
 * customers (and zero ones on request).
 */
public final class CurveBuilder {
  private CurveBuilder() {}

  /**
   * Ranks customers: MRR descending, ties by id ascending (String.compareTo). Negative-MRR
   * customers are excluded (counted, summed); zero-MRR ones too when excludeZero.
   */
  public static CurveResult build(Customers customers, boolean excludeZero) {
    return build(customers, excludeZero, null);
  }

  /**
   * As {@link #build(Customers, boolean)}, leaving out the customers whose index is true in {@code
   * leaveOut} (pinned customers: the curve comes from the others); null leaves none out.
   */
  public static CurveResult build(Customers customers, boolean excludeZero, boolean[] leaveOut) {
    if (customers.wide()) {
      return buildWide(customers, excludeZero, leaveOut);
    }
    int count = customers.size();
    int kept = 0;
    int negatives = 0;
    int zeros = 0;
    long max = 0;
    Int128Sum negativeSum = new Int128Sum();
    for (int i = 0; i < count; i++) {
      long v = customers.unscaledMrr(i);
      if (leaveOut != null && leaveOut[i] && v >= 0 && !(v == 0 && excludeZero)) {
        continue;
      }
      if (v < 0) {
        negatives++;
        negativeSum.add(v);
      } else if (v == 0 && excludeZero) {
        zeros++;
      } else {
        kept++;
        max = Math.max(max, v);
      }
    }
    ParetoCurve curve = rank(customers, kept, excludeZero, max, leaveOut);
    Exclusions exclusions =
        new Exclusions(
            negatives, new BigDecimal(negativeSum.toBigInteger(), customers.scale()), zeros);
    return new CurveResult(curve, exclusions);
  }

  /**
   * As {@link #build(Customers, boolean, boolean[])} for customers in the wide form: the same rules
   * on BigIntegers, sorted with a comparator (see docs/PERFORMANCE.md for what that costs).
   */
  private static CurveResult buildWide(
      Customers customers, boolean excludeZero, boolean[] leaveOut) {
    int count = customers.size();
    int negatives = 0;
    int zeros = 0;
    BigInteger negativeSum = BigInteger.ZERO;
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int sign = customers.signum(i);
      if (leaveOut != null && leaveOut[i] && sign >= 0 && !(sign == 0 && excludeZero)) {
        continue;
      }
      if (sign < 0) {
        negatives++;
        negativeSum = negativeSum.add(customers.wideMrr(i));
      } else if (sign == 0 && excludeZero) {
        zeros++;
      } else {
        kept.add(i);
      }
    }
    // Each MRR's top 62 bits, at a shift shared by all, order the ranks as the MRR does, in
    // primitive comparisons; only equal keys compare the BigIntegers, then the ids.
    int shift = 0;
    for (int i : kept) {
      shift = Math.max(shift, customers.wideMrr(i).bitLength() - 62);
    }
    long[] keys = new long[count];
    for (int i : kept) {
      keys[i] = customers.wideMrr(i).shiftRight(shift).longValue();
    }
    kept.sort(
        (a, b) -> {
          int byKey = Long.compare(keys[b], keys[a]);
          if (byKey != 0) {
            return byKey;
          }
          int byMrr = customers.compareMrr(b, a);
          return byMrr != 0 ? byMrr : customers.compareIds(a, b);
        });
    int[] order = new int[kept.size()];
    for (int r = 0; r < order.length; r++) {
      order[r] = kept.get(r);
    }
    ParetoCurve curve = ParetoCurve.ofWideRanks(customers, order);
    return new CurveResult(
        curve, new Exclusions(negatives, new BigDecimal(negativeSum, customers.scale()), zeros));
  }

  private static ParetoCurve rank(
      Customers customers, int kept, boolean excludeZero, long max, boolean[] leaveOut) {
    int[] order = new int[kept];
    int k = 0;
    for (int i = 0; i < customers.size(); i++) {
      long v = customers.unscaledMrr(i);
      if ((v > 0 || (v == 0 && !excludeZero)) && (leaveOut == null || !leaveOut[i])) {
        order[k++] = i;
      }
    }
    long[] mrrByRank = RankSort.sort(customers, order, max);
    return ParetoCurve.ofRanks(customers, order, mrrByRank);
  }
}

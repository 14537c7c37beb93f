package dev.segment.analysis;

import dev.segment.model.Customers;
import dev.segment.model.Exclusions;
import dev.segment.model.ParetoCurve;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Ranks customers into the Pareto curve: MRR descending, ties by id ascending, leaving out negative
 * customers (and zero ones on request).
 */
public final class CurveBuilder {
  /** Bits a sort key may use: it shares a positive long with a 31-bit customer index. */
  private static final int KEY_BITS = 32;

  private static final int INDEX_BITS = 31;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private CurveBuilder() {}

  /**
   * Ranks customers: MRR descending, ties by id ascending (String.compareTo). Negative-MRR customers
   * are excluded (counted, summed); zero-MRR ones too when excludeZero.
   */
  public static CurveResult build(Customers customers, boolean excludeZero) {
    int count = customers.size();
    int kept = 0;
    int negatives = 0;
    int zeros = 0;
    long max = 0;
    Int128Sum negativeSum = new Int128Sum();
    for (int i = 0; i < count; i++) {
      long v = customers.unscaledMrr(i);
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
    int[] order = rank(customers, kept, excludeZero, max);
    Exclusions exclusions =
        new Exclusions(
            negatives, new BigDecimal(negativeSum.toBigInteger(), customers.scale()), zeros);
    return new CurveResult(new ParetoCurve(customers, order), exclusions);
  }

  /**
   * Sorts the kept customers without boxing. Each is packed into one long, its MRR's top 32 bits
   * (inverted, for descending order) above its index, and the longs go through the primitive sort.
   * That orders everything but customers whose MRR shares those top bits, which a merge sort then
   * finishes run by run: by exact MRR, then by id, so ids are only compared among equal MRR. When
   * every MRR fits in 32 bits (a few tens of millions of cents) the runs are exactly the equal-MRR
   * groups.
   */
  private static int[] rank(Customers customers, int kept, boolean excludeZero, long max) {
    int shift = Math.max(0, (Long.SIZE - Long.numberOfLeadingZeros(max)) - KEY_BITS);
    long top = max >>> shift;
    long[] packed = new long[kept];
    int k = 0;
    for (int i = 0; i < customers.size(); i++) {
      long v = customers.unscaledMrr(i);
      if (v > 0 || (v == 0 && !excludeZero)) {
        packed[k++] = ((top - (v >>> shift)) << INDEX_BITS) | i;
      }
    }
    Arrays.sort(packed);
    int[] order = new int[kept];
    for (int r = 0; r < kept; r++) {
      order[r] = (int) (packed[r] & INDEX_MASK);
    }
    packed = null; // free before the run sorts allocate their buffer

    IndexSort runSort =
        new IndexSort(
            (a, b) -> {
              long va = customers.unscaledMrr(a);
              long vb = customers.unscaledMrr(b);
              if (va != vb) {
                return va > vb ? -1 : 1;
              }
              return customers.id(a).compareTo(customers.id(b));
            });
    int start = 0;
    for (int r = 1; r <= kept; r++) {
      if (r == kept
          || customers.unscaledMrr(order[r]) >>> shift
              != customers.unscaledMrr(order[start]) >>> shift) {
        if (r - start > 1) {
          runSort.sort(order, start, r);
        }
        start = r;
      }
    }
    return order;
  }
}

package dev.segment.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The customers on the curve in rank order (MRR descending, ties by id ascending), with the running
 * sum of MRR. Ranks are 0-based here; files and the report show them 1-based.
 *
 * <p>It is a view over {@link Customers}: an {@code int[]} rank order and the prefix sums at the
 * customers' scale, a {@code long[]} in the customers' long form, so a curve of millions costs
 * twelve bytes a customer, or {@link BigInteger}s in their {@link #wide()} form. The long form's
 * bound (every |amount| summed fits a long) keeps every prefix sum within a long. The long
 * accessors serve the long form only; the others serve both.
 */
public final class ParetoCurve {
  private static final BigDecimal TWELVE = Mrr.TWELVE;

  private final Customers customers;
  private final int[] order;
  private final long[] cumulative;
  private final BigInteger[] wideCumulative;

  /**
   * @param order customer indexes in rank order; the caller (analysis) has sorted and filtered them
   */
  public ParetoCurve(Customers customers, int[] order) {
    this(
        customers,
        order.clone(),
        customers.wide() ? null : mrrByRank(customers, order),
        customers.wide() ? wideMrrByRank(customers, order) : null);
  }

  /**
   * A curve that takes over its arrays: {@code order}, and {@code mrrByRank}, each rank's MRR
   * (unscaled), which becomes the prefix sums in place. The ranking has the MRR in rank order at
   * hand; reading it from the customers' column instead would be one cache miss a rank.
   */
  public static ParetoCurve ofRanks(Customers customers, int[] order, long[] mrrByRank) {
    if (mrrByRank.length != order.length) {
      throw new IllegalArgumentException("one MRR per rank is needed");
    }
    return new ParetoCurve(customers, order, mrrByRank, null);
  }

  /** As {@link #ofRanks} for customers in the wide form. */
  public static ParetoCurve ofWideRanks(Customers customers, int[] order) {
    return new ParetoCurve(customers, order, null, wideMrrByRank(customers, order));
  }

  private static long[] mrrByRank(Customers customers, int[] order) {
    long[] mrr = new long[order.length];
    for (int r = 0; r < order.length; r++) {
      mrr[r] = customers.unscaledMrr(order[r]);
    }
    return mrr;
  }

  private static BigInteger[] wideMrrByRank(Customers customers, int[] order) {
    BigInteger[] mrr = new BigInteger[order.length];
    for (int r = 0; r < order.length; r++) {
      mrr[r] = customers.wideMrr(order[r]);
    }
    return mrr;
  }

  private ParetoCurve(
      Customers customers, int[] order, long[] mrrByRank, BigInteger[] wideMrrByRank) {
    this.customers = customers;
    this.order = order;
    this.cumulative = mrrByRank;
    this.wideCumulative = wideMrrByRank;
    if (mrrByRank != null) {
      long sum = 0;
      long previous = Long.MAX_VALUE;
      for (int r = 0; r < order.length; r++) {
        long v = mrrByRank[r];
        if (v > previous) {
          throw new IllegalArgumentException("rank order is not MRR descending at rank " + r);
        }
        previous = v;
        sum += v;
        cumulative[r] = sum;
      }
    } else {
      BigInteger sum = BigInteger.ZERO;
      for (int r = 0; r < order.length; r++) {
        BigInteger v = wideMrrByRank[r];
        if (r > 0 && v.compareTo(wideMrrByRank[r - 1]) > 0) {
          throw new IllegalArgumentException("rank order is not MRR descending at rank " + r);
        }
        // The MRR of rank r - 1 is no longer needed once it is in the sum.
        if (r > 0) {
          wideCumulative[r - 1] = sum;
        }
        sum = sum.add(v);
      }
      if (order.length > 0) {
        wideCumulative[order.length - 1] = sum;
      }
    }
  }

  /** N: the number of customers on the curve. */
  public int size() {
    return order.length;
  }

  public int scale() {
    return customers.scale();
  }

  /** True when amounts are {@link BigInteger}s: see {@link Customers#wide()}. */
  public boolean wide() {
    return cumulative == null;
  }

  public Customers customers() {
    return customers;
  }

  /** The index into {@link #customers()} of the customer at this rank. */
  public int customerIndex(int rank) {
    return order[rank];
  }

  public String id(int rank) {
    return customers.id(order[rank]);
  }

  public String name(int rank) {
    return customers.name(order[rank]);
  }

  /** The long form only. */
  public long unscaledMrr(int rank) {
    return customers.unscaledMrr(order[rank]);
  }

  /** The rank's MRR unscaled at {@link #scale()}, in either form. */
  public BigInteger wideMrr(int rank) {
    return customers.wideMrr(order[rank]);
  }

  /** Compares the MRR of two ranks. */
  public int compareMrr(int rank, int other) {
    return customers.compareMrr(order[rank], order[other]);
  }

  /** Compares the rank's MRR with {@code unscaled} at {@link #scale()}. */
  public int compareMrr(int rank, BigInteger unscaled) {
    return cumulative != null
        ? compare(customers.unscaledMrr(order[rank]), unscaled)
        : customers.wideMrr(order[rank]).compareTo(unscaled);
  }

  /** Compares S_{rank+1} with {@code unscaled} at {@link #scale()}. */
  public int compareCumulative(int rank, BigInteger unscaled) {
    return cumulative != null
        ? compare(cumulative[rank], unscaled)
        : wideCumulative[rank].compareTo(unscaled);
  }

  private static int compare(long value, BigInteger other) {
    return other.bitLength() < Long.SIZE ? Long.compare(value, other.longValue()) : -other.signum();
  }

  public BigDecimal mrr(int rank) {
    return customers.mrr(order[rank]);
  }

  public BigDecimal arr(int rank) {
    return customers.arr(order[rank]);
  }

  /** S_{rank+1}: the MRR of ranks 0..rank, unscaled at {@link #scale()}; the long form only. */
  public long unscaledCumulative(int rank) {
    return cumulative[rank];
  }

  /** S_{rank+1} unscaled at {@link #scale()}, in either form. */
  public BigInteger wideCumulative(int rank) {
    return cumulative != null ? BigInteger.valueOf(cumulative[rank]) : wideCumulative[rank];
  }

  public BigDecimal cumulative(int rank) {
    return new BigDecimal(wideCumulative(rank), scale());
  }

  /**
   * S_{rank+1} / T in double, for drawing (T must not be 0): each converted to double, then
   * divided.
   */
  public double cumulativeFraction(int rank) {
    return cumulative != null
        ? (double) cumulative[rank] / (double) cumulative[order.length - 1]
        : wideCumulative[rank].doubleValue() / wideCumulative[order.length - 1].doubleValue();
  }

  /** T, unscaled at {@link #scale()}; 0 for an empty curve. The long form only. */
  public long unscaledTotal() {
    return order.length == 0 ? 0 : cumulative[order.length - 1];
  }

  /** T unscaled at {@link #scale()}, in either form; 0 for an empty curve. */
  public BigInteger wideTotal() {
    return order.length == 0 ? BigInteger.ZERO : wideCumulative(order.length - 1);
  }

  public BigDecimal total() {
    return new BigDecimal(wideTotal(), scale());
  }

  /**
   * T for people: rounded half-even to {@code decimals}, once, from the exact sum. When the amounts
   * were read as ARR that sum is ΣARR ÷ 12, not T: each customer's MRR is its ARR ÷ 12 rounded to 6
   * decimals, and a sum of rounded figures drifts (half a millionth a customer, cents over a large
   * base; 4 customers of ARR 1000 + 1000 + 30000 + 120000 hold 12,666.67, not T's 12,666.666666).
   */
  public BigDecimal totalMrr(int decimals) {
    return customers.readAsArr()
        ? totalArr().divide(TWELVE, decimals, RoundingMode.HALF_EVEN)
        : total().setScale(decimals, RoundingMode.HALF_EVEN);
  }

  /** T ÷ N for people, rounded half-even to {@code decimals} once; 0 for an empty curve. */
  public BigDecimal meanMrr(int decimals) {
    return order.length == 0
        ? BigDecimal.ZERO.setScale(decimals)
        : total().divide(BigDecimal.valueOf(order.length), decimals, RoundingMode.HALF_EVEN);
  }

  /**
   * The sum of ARR over the curve (exact; ARR as read with {@code --arr-column}, else MRR × 12).
   */
  public BigDecimal totalArr() {
    if (!customers.readAsArr()) {
      return total().multiply(TWELVE);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = 0; r < order.length; r++) {
      sum = sum.add(customers.arr(order[r]));
    }
    return sum;
  }
}

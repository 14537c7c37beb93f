package dev.segment.model;

import java.math.BigDecimal;

/**
 * The customers on the curve in rank order (MRR descending, ties by id ascending), with the running
 * sum of MRR. Ranks are 0-based here; files and the report show them 1-based.
 *
 * <p>It is a view over {@link Customers}: an {@code int[]} rank order and a {@code long[]} of
 * prefix sums at the customers' scale, so a curve of millions costs twelve bytes a customer.
 */
public final class ParetoCurve {
  /** Why no curve: the caller names the file it came from. */
  public static final String TOTAL_TOO_LARGE =
      "the total MRR of the customers on the curve is too large for its number of decimals (more"
          + " than 18 significant digits); round the input's amounts or split the file";

  private final Customers customers;
  private final int[] order;
  private final long[] cumulative;

  /**
   * @param order customer indexes in rank order; the caller (analysis) has sorted and filtered them
   */
  public ParetoCurve(Customers customers, int[] order) {
    this(customers, order.clone(), mrrByRank(customers, order));
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
    return new ParetoCurve(customers, order, mrrByRank);
  }

  private static long[] mrrByRank(Customers customers, int[] order) {
    long[] mrr = new long[order.length];
    for (int r = 0; r < order.length; r++) {
      mrr[r] = customers.unscaledMrr(order[r]);
    }
    return mrr;
  }

  private ParetoCurve(Customers customers, int[] order, long[] mrrByRank) {
    this.customers = customers;
    this.order = order;
    this.cumulative = mrrByRank;
    long sum = 0;
    long previous = Long.MAX_VALUE;
    for (int r = 0; r < order.length; r++) {
      long v = mrrByRank[r];
      if (v > previous) {
        throw new IllegalArgumentException("rank order is not MRR descending at rank " + r);
      }
      previous = v;
      try {
        sum = Math.addExact(sum, v);
      } catch (ArithmeticException e) {
        throw new DataException(TOTAL_TOO_LARGE);
      }
      cumulative[r] = sum;
    }
  }

  /** N: the number of customers on the curve. */
  public int size() {
    return order.length;
  }

  public int scale() {
    return customers.scale();
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

  public long unscaledMrr(int rank) {
    return customers.unscaledMrr(order[rank]);
  }

  public BigDecimal mrr(int rank) {
    return customers.mrr(order[rank]);
  }

  public BigDecimal arr(int rank) {
    return customers.arr(order[rank]);
  }

  /** S_{rank+1}: the MRR of ranks 0..rank, unscaled at {@link #scale()}. */
  public long unscaledCumulative(int rank) {
    return cumulative[rank];
  }

  public BigDecimal cumulative(int rank) {
    return BigDecimal.valueOf(cumulative[rank], scale());
  }

  /** T, unscaled at {@link #scale()}; 0 for an empty curve. */
  public long unscaledTotal() {
    return order.length == 0 ? 0 : cumulative[order.length - 1];
  }

  public BigDecimal total() {
    return BigDecimal.valueOf(unscaledTotal(), scale());
  }

  /**
   * The sum of ARR over the curve (exact; ARR as read with {@code --arr-column}, else MRR × 12).
   */
  public BigDecimal totalArr() {
    if (!customers.readAsArr()) {
      return total().multiply(BigDecimal.valueOf(12));
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = 0; r < order.length; r++) {
      sum = sum.add(customers.arr(order[r]));
    }
    return sum;
  }
}

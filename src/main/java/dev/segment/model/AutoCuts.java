package dev.segment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Where the computed ABC analysis ({@code --by auto}) put its points on the curve, and the curve's
 * figures at each. Points are customer counts i (1-based: x_i = i/N), or 0 where the curve is
 * degenerate and the point is not defined.
 *
 * @param paretoPoint P, the point nearest the ideal corner (0, 1)
 * @param breakEvenPoint BE, the last customer whose MRR is at least the mean MRR
 * @param submarginalPoint the point nearest (B_x, 1), which ends tier 2
 * @param tier1EndsAtPareto true when P came first and so ended tier 1; false when BE did
 * @param degenerate empty, or why the curve had no proper ABC cut (one customer, all MRR equal, …)
 * @param meanMrr T / N rounded half-even to 4 decimals (0 for an empty curve): BE's threshold
 * @param pareto the curve at P, empty where P is not defined
 * @param breakEven the curve at BE
 * @param submarginal the curve at the submarginal point
 */
public record AutoCuts(
    int paretoPoint,
    int breakEvenPoint,
    int submarginalPoint,
    boolean tier1EndsAtPareto,
    String degenerate,
    BigDecimal meanMrr,
    Optional<Point> pareto,
    Optional<Point> breakEven,
    Optional<Point> submarginal) {
  public AutoCuts {
    degenerate = degenerate == null ? "" : degenerate;
  }

  /**
   * The first {@code customers} customers of the curve: their share of customers and of MRR
   * (percentages, 4 decimals), and the MRR of the last of them.
   */
  public record Point(int customers, BigDecimal pctCustomers, BigDecimal pctMrr, BigDecimal mrr) {
    /** The point after {@code customers} customers (1-based), or empty where it is not defined. */
    static Optional<Point> at(ParetoCurve curve, int customers) {
      if (customers < 1 || customers > curve.size()) {
        return Optional.empty();
      }
      int rank = customers - 1;
      return Optional.of(
          new Point(
              customers,
              Amounts.percent(BigDecimal.valueOf(customers), BigDecimal.valueOf(curve.size())),
              Amounts.percent(curve.cumulative(rank), curve.total()),
              curve.mrr(rank)));
    }
  }

  /** The cuts at these points of {@code curve}, with the curve's figures there. */
  public static AutoCuts on(
      ParetoCurve curve,
      int paretoPoint,
      int breakEvenPoint,
      int submarginalPoint,
      boolean tier1EndsAtPareto,
      String degenerate) {
    BigDecimal mean =
        curve.size() == 0
            ? BigDecimal.ZERO
            : curve
                .total()
                .divide(
                    BigDecimal.valueOf(curve.size()), Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN);
    return new AutoCuts(
        paretoPoint,
        breakEvenPoint,
        submarginalPoint,
        tier1EndsAtPareto,
        degenerate,
        mean,
        Point.at(curve, paretoPoint),
        Point.at(curve, breakEvenPoint),
        Point.at(curve, submarginalPoint));
  }

  public boolean isDegenerate() {
    return !degenerate.isEmpty();
  }

  /** Where tier 1 ends before the tie and zero rules move it: P or BE, whichever came first. */
  public int tier1End() {
    return tier1EndsAtPareto ? paretoPoint : breakEvenPoint;
  }
}

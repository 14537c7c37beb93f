package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.ParetoCurve;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A point of the curve where an auto cut fell: the first {@code customers} customers, their share
 * of customers and of MRR (percentages, 4 decimals), and the MRR of the last of them.
 */
record CurvePoint(int customers, BigDecimal pctCustomers, BigDecimal pctMrr, BigDecimal mrr) {

  /** The point after {@code customers} customers (1-based), or empty where it is not defined. */
  static Optional<CurvePoint> at(ParetoCurve curve, int customers) {
    if (customers < 1 || customers > curve.size()) {
      return Optional.empty();
    }
    int rank = customers - 1;
    return Optional.of(
        new CurvePoint(
            customers,
            Amounts.percent(BigDecimal.valueOf(customers), BigDecimal.valueOf(curve.size())),
            Amounts.percent(curve.cumulative(rank), curve.total()),
            curve.mrr(rank)));
  }

  /** T / N rounded half-even to 4 decimals; 0 for an empty curve. */
  static BigDecimal meanMrr(ParetoCurve curve) {
    return curve.size() == 0
        ? BigDecimal.ZERO
        : curve
            .total()
            .divide(BigDecimal.valueOf(curve.size()), Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN);
  }
}

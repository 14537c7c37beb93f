package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.Concentration;
import dev.segment.model.ParetoCurve;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** How concentrated MRR is on a curve: Gini, top shares, and the customers holding half and 80%. */
public final class ConcentrationFigures {
  private ConcentrationFigures() {}

  /** All figures are 0 for an empty curve or one whose MRR is all zero. */
  public static Concentration of(ParetoCurve curve) {
    int n = curve.size();
    if (n == 0 || curve.wideTotal().signum() == 0) {
      BigDecimal zero = BigDecimal.ZERO.setScale(Amounts.RATIO_SCALE);
      return new Concentration(zero, zero, zero, zero, zero, zero);
    }
    return new Concentration(
        gini(curve),
        topShare(curve, 1),
        topShare(curve, 10),
        topShare(curve, 20),
        customersHolding(curve, 50),
        customersHolding(curve, 80));
  }

  /**
   * Gini = Σ_i Σ_j |x_i − x_j| / (2 N T), no small-sample correction. Over the values in descending
   * rank order r = 1..N the double sum is 2 Σ_r (N + 1 − 2r) x_r, and Σ_r r x_r = N T − Σ_{r<N}
   * S_r, so Gini = (2 Σ_{r=1}^{N−1} S_r − (N − 1) T) / (N T): one pass over the prefix sums, added
   * in 128 bits as they can pass the long range (or as BigIntegers in the wide form).
   */
  static BigDecimal gini(ParetoCurve curve) {
    int n = curve.size();
    BigInteger sum;
    if (curve.wide()) {
      sum = BigInteger.ZERO;
      for (int r = 0; r < n - 1; r++) {
        sum = sum.add(curve.wideCumulative(r));
      }
    } else {
      Int128Sum prefixSums = new Int128Sum();
      for (int r = 0; r < n - 1; r++) {
        prefixSums.add(curve.unscaledCumulative(r));
      }
      sum = prefixSums.toBigInteger();
    }
    BigInteger total = curve.wideTotal();
    BigInteger numerator = sum.shiftLeft(1).subtract(total.multiply(BigInteger.valueOf(n - 1L)));
    BigInteger denominator = total.multiply(BigInteger.valueOf(n));
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN);
  }

  /** % of MRR held by the first ceil(k × N / 100) customers. */
  private static BigDecimal topShare(ParetoCurve curve, int percent) {
    int count = CurvePositions.firstPercentOf(BigDecimal.valueOf(percent), curve.size());
    return Amounts.percent(curve.cumulative(count - 1), curve.total());
  }

  /** % of customers in the first i with S_i × 100 ≥ q × T. */
  private static BigDecimal customersHolding(ParetoCurve curve, int percent) {
    int count = CurvePositions.reaching(curve, BigDecimal.valueOf(percent));
    return Amounts.percent(BigDecimal.valueOf(count), BigDecimal.valueOf(curve.size()));
  }
}

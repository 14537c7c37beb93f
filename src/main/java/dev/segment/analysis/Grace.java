package dev.segment.analysis;

import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code --grace PCT}: a customer whose computed tier differs from its previous one stays in the
 * previous tier while its MRR is within PCT% of the floor it crossed. Moving down from tier p, that
 * is tier p's floor (kept while MRR ≥ floor × (1 − PCT/100)); moving up into tier p − 1 or above,
 * it is tier p − 1's floor, the one above tier p (kept while MRR ≤ floor × (1 + PCT/100)).
 */
public final class Grace {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Grace() {}

  /**
   * Per rank, the tier grace keeps the customer in, or -1.
   *
   * @param s the cuts, which give each rank's tier
   * @param previous each rank's tier position in the earlier run, or -1 (new, or no such tier now)
   * @param floors the cuts' floors ({@link TierFloors#of})
   * @param percent PCT, in (0, 100)
   */
  public static int[] keep(
      Segmentation s, int[] previous, BigInteger[] floors, BigDecimal percent) {
    ParetoCurve curve = s.curve();
    int[] kept = new int[curve.size()];
    BigDecimal below = HUNDRED.subtract(percent);
    BigDecimal above = HUNDRED.add(percent);
    for (int r = 0; r < kept.length; r++) {
      kept[r] = -1;
      int p = previous[r];
      int c = s.tierOf(r);
      if (p < 0 || p > floors.length || p == c) {
        continue;
      }
      BigDecimal mrr = new BigDecimal(curve.wideMrr(r)).multiply(HUNDRED);
      if (c > p) {
        BigInteger floor = floors[p];
        if (floor != null && mrr.compareTo(new BigDecimal(floor).multiply(below)) >= 0) {
          kept[r] = p;
        }
      } else {
        BigInteger floor = floors[p - 1];
        if (floor != null && mrr.compareTo(new BigDecimal(floor).multiply(above)) <= 0) {
          kept[r] = p;
        }
      }
    }
    return kept;
  }
}

package dev.segment.analysis;

import dev.segment.model.Customers;
import dev.segment.model.Mrr;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Staffing;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * CSMs per tier: the larger of tier ARR ÷ book of business and accounts ÷ accounts per CSM, rounded
 * up. Tiers given a ratio are staffed; with {@code --book} alone every tier but the last is.
 */
public final class StaffingPlanner {
  private static final BigDecimal TWELVE = Mrr.TWELVE;

  private StaffingPlanner() {}

  /**
   * @param book the ARR one CSM covers, positive, when given
   * @param ratios accounts per CSM for the first tiers, each positive, at most one per tier
   * @param tiers the tier summary after overrides
   * @param arr each tier's exact ARR ({@link #tierArr})
   */
  public static Staffing plan(
      Optional<BigDecimal> book,
      List<Integer> ratios,
      List<TierStats> tiers,
      List<BigDecimal> arr) {
    if (book.isEmpty() && ratios.isEmpty()) {
      throw new IllegalArgumentException("staffing needs a book or accounts per CSM");
    }
    if (ratios.size() > tiers.size()) {
      throw new IllegalArgumentException("more ratios than tiers");
    }
    int staffedTiers = ratios.isEmpty() ? tiers.size() - 1 : ratios.size();
    List<Staffing.TierStaffing> rows = new ArrayList<>(tiers.size());
    int total = 0;
    for (int t = 0; t < tiers.size(); t++) {
      TierStats stats = tiers.get(t);
      int accounts = stats.customers();
      boolean staffed = t < staffedTiers;
      Optional<Integer> ratio = t < ratios.size() ? Optional.of(ratios.get(t)) : Optional.empty();
      long csms = 0;
      if (staffed && accounts > 0) {
        if (book.isPresent()) {
          csms = arr.get(t).divide(book.get(), 0, RoundingMode.CEILING).longValueExact();
        }
        if (ratio.isPresent()) {
          csms = Math.max(csms, (accounts + (long) ratio.get() - 1) / ratio.get());
        }
      }
      int n = Math.toIntExact(csms);
      total += n;
      BigDecimal count = BigDecimal.valueOf(n);
      rows.add(
          new Staffing.TierStaffing(
              stats.label(),
              accounts,
              arr.get(t),
              staffed,
              ratio,
              n,
              n == 0
                  ? Optional.empty()
                  : Optional.of(arr.get(t).divide(count, 2, RoundingMode.HALF_EVEN)),
              n == 0
                  ? Optional.empty()
                  : Optional.of(
                      BigDecimal.valueOf(accounts).divide(count, 4, RoundingMode.HALF_EVEN))));
    }
    return new Staffing(book, rows, total);
  }

  /**
   * Each tier's exact ARR after overrides: MRR × 12, or with {@code --arr-column} the ARR as read,
   * summed over the tier's customers.
   */
  public static List<BigDecimal> tierArr(
      Segmentation s, Overrides overrides, List<TierStats> tiers) {
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    List<BigDecimal> out = new ArrayList<>(tiers.size());
    if (!customers.readAsArr()) {
      for (TierStats t : tiers) {
        out.add(t.mrr().multiply(TWELVE));
      }
      return out;
    }
    BigDecimal[] sums = new BigDecimal[tiers.size()];
    Arrays.fill(sums, BigDecimal.ZERO);
    for (int r = 0; r < curve.size(); r++) {
      int t = overrides.tierOf(s, r);
      sums[t] = sums[t].add(curve.arr(r));
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      int t = overrides.pinnedTier(j);
      sums[t] = sums[t].add(customers.arr(overrides.pinnedCustomer(j)));
    }
    for (BigDecimal sum : sums) {
      out.add(sum);
    }
    return out;
  }
}

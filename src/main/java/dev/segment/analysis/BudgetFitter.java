package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.Budget;
import dev.segment.model.Mrr;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Staffing;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits the staffed tiers to the CSMs a company can pay for ({@code --csms}), the essay's "reduce
 * the size of that tier until you can staff it": each fitted tier ends at the largest clean tie
 * boundary at or before its cut whose CSMs needed (the staffing rule) fit its number; the customers
 * it gives up join the next tier, which keeps its own cut.
 */
public final class BudgetFitter {
  private static final BigDecimal TWELVE = Mrr.TWELVE;

  private BudgetFitter() {}

  /** The fitted tiers, and what the fit changed. */
  public record Fitted(Segmentation segmentation, Budget budget) {}

  /**
   * @param s the tiers the cuts gave (after the tie and zero rules)
   * @param book the ARR one CSM covers, when given
   * @param ratios accounts per CSM from tier 1; with {@code book} alone every tier but the last is
   *     staffed
   * @param csms CSMs per staffed tier from tier 1, each ≥ 0, none for the last tier
   */
  public static Fitted fit(
      Segmentation s, Optional<BigDecimal> book, List<Integer> ratios, List<Integer> csms) {
    ParetoCurve curve = s.curve();
    int k = s.tiers().size();
    if (csms.size() > k - 1) {
      throw new IllegalArgumentException("the last tier has no tier after it to give customers to");
    }
    int[] fitted = new int[k - 1];
    List<Tier> tiers = new ArrayList<>(k);
    List<Integer> nominal = new ArrayList<>(k - 1);
    int start = 0;
    for (int t = 0; t < k - 1; t++) {
      Tier asked = s.tiers().get(t);
      // Earlier tiers only ever give customers up, so this tier starts at or before its own start.
      int end = asked.end();
      if (t < csms.size()) {
        Optional<Integer> ratio = t < ratios.size() ? Optional.of(ratios.get(t)) : Optional.empty();
        end = largestFitting(curve, start, end, csms.get(t), book, ratio);
      }
      fitted[t] = end;
      tiers.add(new Tier(asked.label(), start, end));
      // A fitted end is where the budget put it, not a cut the tie or zero rule moved.
      nominal.add(end == asked.end() ? s.nominalEnds().get(t) : end);
      start = end;
    }
    tiers.add(new Tier(s.tiers().get(k - 1).label(), start, curve.size()));
    Segmentation fittedSegmentation = new Segmentation(curve, s.rule(), tiers, s.auto(), nominal);
    return new Fitted(fittedSegmentation, budget(s, fittedSegmentation, book, ratios, csms));
  }

  /**
   * The largest end in {@code [start, end]} whose tier {@code [start, end)} needs at most {@code
   * csms} CSMs, held back to a clean tie boundary (no customer on both sides with the same MRR).
   */
  static int largestFitting(
      ParetoCurve curve,
      int start,
      int end,
      int csms,
      Optional<BigDecimal> book,
      Optional<Integer> ratio) {
    // CSMs needed = max(ceil(ARR / book), ceil(accounts / ratio)) ≤ csms exactly when ARR ≤ csms ×
    // book and accounts ≤ csms × ratio, each a bound on the end since both grow along the curve.
    int best = end;
    if (ratio.isPresent()) {
      best = (int) Math.min(best, start + (long) csms * ratio.get());
    }
    if (book.isPresent()) {
      best = arrBound(curve, start, best, book.get().multiply(BigDecimal.valueOf(csms)));
    }
    return cleanAtOrBefore(curve, start, best);
  }

  /** The largest end in {@code [start, end]} whose tier's ARR is at most {@code limit}. */
  private static int arrBound(ParetoCurve curve, int start, int end, BigDecimal limit) {
    if (curve.customers().readAsArr()) {
      // ARR as read has no running sum on the curve: add it up along the tier.
      BigDecimal sum = BigDecimal.ZERO;
      for (int r = start; r < end; r++) {
        sum = sum.add(curve.arr(r));
        if (sum.compareTo(limit) > 0) {
          return r;
        }
      }
      return end;
    }
    BigDecimal before = mrrBefore(curve, start);
    int lo = start;
    int hi = end;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      BigDecimal arr = mrrBefore(curve, mid).subtract(before).multiply(TWELVE);
      if (arr.compareTo(limit) <= 0) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** {@code end}, or the first rank of the run of customers tied across it (never before start). */
  private static int cleanAtOrBefore(ParetoCurve curve, int start, int end) {
    if (end <= start || end >= curve.size() || curve.compareMrr(end - 1, end) != 0) {
      return end;
    }
    int lo = start;
    int hi = end - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (curve.compareMrr(mid, end - 1) > 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Budget budget(
      Segmentation asked,
      Segmentation fitted,
      Optional<BigDecimal> book,
      List<Integer> ratios,
      List<Integer> csms) {
    ParetoCurve curve = asked.curve();
    Staffing before = staffing(asked, book, ratios);
    Staffing after = staffing(fitted, book, ratios);
    int k = asked.tiers().size();
    int staffed = ratios.isEmpty() ? k - 1 : ratios.size();
    // The customers no staffed tier holds now: after the last staffed tier's fitted end, up to its
    // asked end; each counted under the tier the cut had put it in. With every tier staffed, none.
    boolean someAutomated = staffed > 0 && staffed < k;
    int uncoveredFrom = someAutomated ? fitted.tiers().get(staffed - 1).end() : 0;
    int uncoveredTo = someAutomated ? asked.tiers().get(staffed - 1).end() : 0;
    BigDecimal total = curve.total();
    BigDecimal all = BigDecimal.ZERO;
    List<Budget.TierFit> rows = new ArrayList<>(staffed);
    for (int t = 0; t < staffed; t++) {
      Tier a = asked.tiers().get(t);
      Tier f = fitted.tiers().get(t);
      int from = Math.max(a.start(), uncoveredFrom);
      int to = Math.min(a.end(), uncoveredTo);
      BigDecimal uncovered =
          to > from ? mrrBefore(curve, to).subtract(mrrBefore(curve, from)) : zero(curve);
      all = all.add(uncovered);
      rows.add(
          new Budget.TierFit(
              a.label(),
              t < csms.size() ? Optional.of(csms.get(t)) : Optional.empty(),
              cut(curve, a),
              cut(curve, f),
              before.tiers().get(t).csms(),
              after.tiers().get(t).csms(),
              uncovered,
              Amounts.percent(uncovered, total)));
    }
    return new Budget(rows, all, Amounts.percent(all, total));
  }

  private static Staffing staffing(
      Segmentation s, Optional<BigDecimal> book, List<Integer> ratios) {
    List<TierStats> stats = TierStatistics.of(s);
    return StaffingPlanner.plan(
        book, ratios, stats, StaffingPlanner.tierArr(s, Overrides.none(), stats));
  }

  private static Budget.Cut cut(ParetoCurve curve, Tier t) {
    return new Budget.Cut(
        t.end(),
        Amounts.percent(BigDecimal.valueOf(t.end()), BigDecimal.valueOf(curve.size())),
        t.isEmpty() ? Optional.empty() : Optional.of(curve.mrr(t.end() - 1)));
  }

  /** S at a customer count: the MRR of the first {@code count} customers. */
  private static BigDecimal mrrBefore(ParetoCurve curve, int count) {
    return count == 0 ? zero(curve) : curve.cumulative(count - 1);
  }

  private static BigDecimal zero(ParetoCurve curve) {
    return BigDecimal.valueOf(0, curve.scale());
  }
}

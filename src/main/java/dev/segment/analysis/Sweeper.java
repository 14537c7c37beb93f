package dev.segment.analysis;

import dev.segment.model.CutRule;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Sweep;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sweep of candidate top tiers ({@code --sweep}): each cut is one run of the cutter with that
 * single cut, its top tier summarised and staffed by the same rules as the run's own tiers.
 */
public final class Sweeper {
  /** 5, 10, …, 50% of customers. */
  static final List<Integer> CUSTOMER_CUTS = steps(5, 50, 5);

  /** 10, 20, …, 90% of MRR. */
  static final List<Integer> REVENUE_CUTS = steps(10, 90, 10);

  private static final List<String> LABELS = Tier.defaultLabels(2);

  private Sweeper() {}

  /**
   * @param book the ARR one CSM covers, when given
   * @param ratios {@code --accounts-per-csm}; only tier 1's number counts here
   * @param staffed whether to figure CSMs (either of the two given)
   */
  public static Sweep of(
      ParetoCurve curve, Optional<BigDecimal> book, List<Integer> ratios, boolean staffed) {
    List<Sweep.Row> rows = new ArrayList<>();
    for (int cut : CUSTOMER_CUTS) {
      rows.add(
          row(
              curve,
              Sweep.Basis.CUSTOMERS,
              cut,
              new CutRule.ByCustomers(List.of(BigDecimal.valueOf(cut))),
              book,
              ratios,
              staffed));
    }
    for (int cut : REVENUE_CUTS) {
      rows.add(
          row(
              curve,
              Sweep.Basis.REVENUE,
              cut,
              new CutRule.ByRevenue(List.of(BigDecimal.valueOf(cut))),
              book,
              ratios,
              staffed));
    }
    return new Sweep(rows, staffed);
  }

  private static Sweep.Row row(
      ParetoCurve curve,
      Sweep.Basis basis,
      int cut,
      CutRule rule,
      Optional<BigDecimal> book,
      List<Integer> ratios,
      boolean staffed) {
    Segmentation s = TierCutter.cut(curve, rule, LABELS);
    List<TierStats> stats = TierStatistics.of(s);
    TierStats top = stats.get(0);
    Optional<Integer> csms = Optional.empty();
    if (staffed) {
      // The one tier is tier 1: staffed by --book, and by tier 1's accounts per CSM when given.
      List<Integer> first = ratios.isEmpty() ? List.of() : ratios.subList(0, 1);
      csms =
          Optional.of(
              StaffingPlanner.plan(
                      book, first, stats, StaffingPlanner.tierArr(s, Overrides.none(), stats))
                  .tiers()
                  .get(0)
                  .csms());
    }
    return new Sweep.Row(
        basis,
        cut,
        top.customers(),
        top.pctCustomers(),
        top.mrr(),
        top.pctMrr(),
        top.amounts().map(TierStats.Amounts::floor),
        csms);
  }

  private static List<Integer> steps(int from, int to, int step) {
    List<Integer> list = new ArrayList<>();
    for (int v = from; v <= to; v += step) {
      list.add(v);
    }
    return List.copyOf(list);
  }
}

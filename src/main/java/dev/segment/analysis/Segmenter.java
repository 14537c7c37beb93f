package dev.segment.analysis;

import dev.segment.model.Customers;
import dev.segment.model.Groups;
import dev.segment.model.InputSummary;
import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.PreviousTiers;
import dev.segment.model.Retention;
import dev.segment.model.SegmentPlan;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.Staffing;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole computation of a run, from summed customers to the report: rank, cut, fit to a budget
 * of CSMs, apply pins and grace, then the tier figures, staffing, movements, retention and the
 * sweep of candidate top tiers. Two steps, so the caller can stop with its own message when no
 * customer is left on the curve.
 */
public final class Segmenter {
  private Segmenter() {}

  /** The curve of the unpinned customers, and the pins matched to customers. */
  public record Ranked(CurveResult curve, Optional<PinResolver.Resolved> pins) {}

  /** Matches the pins (a {@code DataException} for an unknown id or tier) and ranks the rest. */
  public static Ranked rank(Customers customers, SegmentPlan plan) {
    Optional<PinResolver.Resolved> pins =
        plan.pins()
            .map(
                p ->
                    PinResolver.resolve(
                        customers, p.pins(), plan.labels(), plan.excludeZero(), p.source()));
    CurveResult curve =
        CurveBuilder.build(
            customers, plan.excludeZero(), pins.map(PinResolver.Resolved::leaveOut).orElse(null));
    return new Ranked(curve, pins);
  }

  /** Cuts the ranked curve and computes everything the report shows. */
  public static SegmentReport report(Ranked ranked, InputSummary input, SegmentPlan plan) {
    CurveResult curve = ranked.curve();
    Segmentation cut = TierCutter.cut(curve.curve(), plan.rule(), plan.labels());
    Optional<BudgetFitter.Fitted> fitted =
        plan.csms().isEmpty()
            ? Optional.empty()
            : Optional.of(BudgetFitter.fit(cut, plan.book(), plan.ratios(), plan.csms()));
    Segmentation segmentation = fitted.map(BudgetFitter.Fitted::segmentation).orElse(cut);
    // Each customer's row in the earlier tiers.csv, looked up once for grace, movements and
    // retention (10 M lookups cost seconds).
    int[] earlierRows =
        plan.previous().map(p -> p.rowsOf(segmentation.curve().customers())).orElse(null);
    Optional<Groups> groups = groups(curve.curve(), plan, ranked.pins(), earlierRows);
    // With --group-by, pins and grace are each group's, against its own floors.
    Overrides overrides =
        groups.isPresent()
            ? groups.get().overrides()
            : overrides(ranked, segmentation, plan, earlierRows);
    // With --group-by the run's tiers are the all block: each label summed over the groups.
    List<TierStats> tiers =
        groups.isPresent() ? groups.get().all() : TierStatistics.of(segmentation, overrides);
    Optional<Staffing> staffing = Optional.empty();
    if (plan.staffing()) {
      staffing =
          Optional.of(
              StaffingPlanner.plan(
                  plan.book(),
                  plan.ratios(),
                  tiers,
                  groups.isPresent()
                      ? groupsArr(groups.get())
                      : StaffingPlanner.tierArr(segmentation, overrides, tiers)));
    }
    Optional<Movements> movements =
        plan.previous()
            .map(
                p ->
                    groups.isPresent()
                        ? MovementTracker.compare(groups.get(), plan.labels(), p, earlierRows)
                        : MovementTracker.compare(
                            segmentation, overrides, plan.labels(), p, earlierRows));
    Optional<Retention> retention =
        movements.map(
            m ->
                RetentionTracker.compare(
                    segmentation,
                    overrides,
                    m.labelPositions(),
                    plan.previous().get(),
                    earlierRows));
    return new SegmentReport(
        input,
        curve.exclusions(),
        segmentation,
        tiers,
        ConcentrationFigures.of(curve.curve()),
        overrides,
        staffing,
        movements,
        retention,
        fitted.map(BudgetFitter.Fitted::budget),
        plan.sweep()
            ? Optional.of(Sweeper.of(curve.curve(), plan.book(), plan.ratios(), plan.staffing()))
            : Optional.empty(),
        groups);
  }

  /** With {@code --group-by}: each group's customers cut on its own curve. */
  private static Optional<Groups> groups(
      ParetoCurve curve, SegmentPlan plan, Optional<PinResolver.Resolved> pins, int[] earlierRows) {
    Customers customers = curve.customers();
    if (!customers.grouped()) {
      return Optional.empty();
    }
    return Optional.of(
        GroupCutter.cut(
            curve,
            customers.groups(),
            customers.groupNames(),
            plan.rule(),
            plan.labels(),
            pins,
            plan.grace().map(pct -> s -> grace(s, plan, pct, earlierRows))));
  }

  /**
   * With {@code --group-by}: each tier label's ARR summed over the groups, so a label is staffed
   * once across groups (one team per tier label), as the all block counts its accounts.
   */
  private static List<BigDecimal> groupsArr(Groups groups) {
    List<BigDecimal> sums = new ArrayList<>();
    for (int t = 0; t < groups.all().size(); t++) {
      sums.add(BigDecimal.ZERO);
    }
    for (Groups.Group g : groups.groups()) {
      List<BigDecimal> arr = StaffingPlanner.tierArr(g.segmentation(), g.overrides(), g.tiers());
      for (int t = 0; t < arr.size(); t++) {
        sums.set(t, sums.get(t).add(arr.get(t)));
      }
    }
    return sums;
  }

  /** Grace's kept tier per rank of {@code s}: each customer against {@code s}'s own floors. */
  private static int[] grace(Segmentation s, SegmentPlan plan, BigDecimal pct, int[] earlierRows) {
    PreviousTiers previous = plan.previous().get();
    int[] before =
        MovementTracker.previousByRank(
            s.curve(), previous, MovementTracker.positions(previous, plan.labels()), earlierRows);
    return Grace.keep(s, before, TierFloors.of(s), pct);
  }

  /**
   * The tiers after pins and grace, each figured once here: grace's tier per rank, and the tier the
   * cuts give each pinned customer, which is off the curve.
   */
  private static Overrides overrides(
      Ranked ranked, Segmentation segmentation, SegmentPlan plan, int[] earlierRows) {
    BigInteger[] floors = TierFloors.of(segmentation);
    int[] graceTiers = null;
    if (plan.grace().isPresent()) {
      int[] before =
          MovementTracker.previousByRank(
              segmentation.curve(),
              plan.previous().get(),
              MovementTracker.positions(plan.previous().get(), plan.labels()),
              earlierRows);
      graceTiers = Grace.keep(segmentation, before, floors, plan.grace().get());
    }
    Optional<PinResolver.Resolved> pins = ranked.pins();
    if (pins.isEmpty() && graceTiers == null) {
      return Overrides.none();
    }
    int[] pinned = pins.map(PinResolver.Resolved::customers).orElse(new int[0]);
    Customers customers = segmentation.curve().customers();
    // A pinned customer is off the curve; the cuts would give it the first tier its MRR reaches.
    int[] computed = new int[pinned.length];
    for (int j = 0; j < pinned.length; j++) {
      computed[j] = TierFloors.tierOf(floors, customers.wideMrr(pinned[j]));
    }
    return Overrides.of(
        pinned, pins.map(PinResolver.Resolved::tiers).orElse(new int[0]), computed, graceTiers);
  }
}

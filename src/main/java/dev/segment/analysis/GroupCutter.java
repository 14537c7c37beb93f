package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.Groups;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cuts each group's customers on its own curve ({@code --group-by}): the whole curve is split by
 * group keeping rank order (MRR descending, ties by id), so each group's curve is the ranking of
 * its customers alone, and each is cut by the same rule with the tie and zero rules inside it.
 * Groups are an {@code int} per customer; each group's curve holds only its ranks (columns, not
 * records), so the groups together cost what one curve does.
 */
public final class GroupCutter {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private GroupCutter() {}

  /**
   * @param curve the whole base's curve
   * @param groupOf each customer's group (indexed like the curve's customers), an index into {@code
   *     names}
   * @param names the groups' names, distinct
   */
  public static Groups cut(
      ParetoCurve curve, int[] groupOf, List<String> names, CutRule rule, List<String> labels) {
    return cut(curve, groupOf, names, rule, labels, Optional.empty(), Optional.empty());
  }

  /**
   * As above, with {@code --pin}: the curve holds the unpinned customers only, so each group's cuts
   * come from its unpinned ones; each pinned customer joins its group's tier table at its pinned
   * tier, its computed tier the first its MRR reaches among its own group's floors. A group whose
   * customers are all pinned has an empty curve (every pinned customer computed in the last tier).
   * With {@code --grace}, {@code grace} gives each group's kept tiers per rank within the group
   * (measured against that group's floors).
   */
  public static Groups cut(
      ParetoCurve curve,
      int[] groupOf,
      List<String> names,
      CutRule rule,
      List<String> labels,
      Optional<PinResolver.Resolved> pins,
      Optional<Function<Segmentation, int[]>> grace) {
    int n = curve.size();
    int g = names.size();
    int[] sizes = new int[g];
    // Each group's pinned customers, in the run's pin order (MRR descending, then id).
    List<List<Integer>> pinnedIn = new ArrayList<>(g);
    for (int i = 0; i < g; i++) {
      pinnedIn.add(new ArrayList<>());
    }
    int[] pinned = pins.map(PinResolver.Resolved::customers).orElse(new int[0]);
    int[] pinnedTiers = pins.map(PinResolver.Resolved::tiers).orElse(new int[0]);
    Customers customers = curve.customers();
    BigDecimal pinnedMrr = BigDecimal.valueOf(0, curve.scale());
    for (int j = 0; j < pinned.length; j++) {
      pinnedIn.get(groupOf[pinned[j]]).add(j);
      pinnedMrr = pinnedMrr.add(customers.mrr(pinned[j]));
    }
    for (int r = 0; r < n; r++) {
      sizes[groupOf[curve.customerIndex(r)]]++;
    }
    int[][] orders = new int[g][];
    long[][] mrrs = curve.wide() ? null : new long[g][];
    for (int i = 0; i < g; i++) {
      orders[i] = new int[sizes[i]];
      if (mrrs != null) {
        mrrs[i] = new long[sizes[i]];
      }
    }
    int[] filled = new int[g];
    // Each whole-curve rank's rank within its group, to find its tier for the all block.
    int[] rankInGroup = new int[n];
    for (int r = 0; r < n; r++) {
      int c = curve.customerIndex(r);
      int i = groupOf[c];
      rankInGroup[r] = filled[i];
      orders[i][filled[i]] = c;
      if (mrrs != null) {
        mrrs[i][filled[i]] = curve.unscaledMrr(r);
      }
      filled[i]++;
    }
    // Shares of the whole base: the curve's customers and the pinned ones.
    BigDecimal total = curve.total().add(pinnedMrr);
    List<Groups.Group> groups = new ArrayList<>(g);
    Segmentation[] byIndex = new Segmentation[g];
    int[] computed = new int[pinned.length];
    Overrides[] overridesOf = new Overrides[g];
    for (int i = 0; i < g; i++) {
      if (sizes[i] == 0 && pinnedIn.get(i).isEmpty()) {
        continue;
      }
      ParetoCurve own =
          mrrs != null
              ? ParetoCurve.ofRanks(curve.customers(), orders[i], mrrs[i])
              : ParetoCurve.ofWideRanks(curve.customers(), orders[i]);
      orders[i] = null;
      if (mrrs != null) {
        mrrs[i] = null;
      }
      Segmentation s = TierCutter.cut(own, rule, labels);
      byIndex[i] = s;
      Overrides overrides = Overrides.none();
      if (pins.isPresent() || grace.isPresent()) {
        BigInteger[] floors = TierFloors.of(s);
        List<Integer> js = pinnedIn.get(i);
        int[] who = new int[js.size()];
        int[] tiers = new int[js.size()];
        int[] computedHere = new int[js.size()];
        for (int x = 0; x < who.length; x++) {
          int j = js.get(x);
          who[x] = pinned[j];
          tiers[x] = pinnedTiers[j];
          computedHere[x] = TierFloors.tierOf(floors, customers.wideMrr(pinned[j]));
          computed[j] = computedHere[x];
        }
        overrides = Overrides.of(who, tiers, computedHere, grace.map(f -> f.apply(s)).orElse(null));
      }
      overridesOf[i] = overrides;
      BigDecimal mrr = own.total();
      for (int j = 0; j < overrides.pinnedCount(); j++) {
        mrr = mrr.add(customers.mrr(overrides.pinnedCustomer(j)));
      }
      groups.add(
          new Groups.Group(
              names.get(i),
              s,
              overrides,
              TierStatistics.of(s, overrides),
              Amounts.percent(mrr, total)));
    }
    groups.sort(
        Comparator.comparing((Groups.Group x) -> x.mrr())
            .reversed()
            .thenComparing(Groups.Group::name));
    if (pins.isEmpty() && grace.isEmpty()) {
      return new Groups(
          groups, all(curve, groupOf, byIndex, rankInGroup, groups, labels), Overrides.none());
    }
    // With overrides a label's customers are no rank span of the whole curve: the tier statistics
    // after overrides take each curve customer at its group's tier after grace (given per rank, as
    // grace gives one) and each pinned customer at its pinned tier.
    int[] tierAt = new int[n];
    // The run's overrides along the whole curve: grace's kept tier per whole rank, or -1.
    int[] graceAt = grace.isPresent() ? new int[n] : null;
    for (int r = 0; r < n; r++) {
      int i = groupOf[curve.customerIndex(r)];
      tierAt[r] = overridesOf[i].tierOf(byIndex[i], rankInGroup[r]);
      if (graceAt != null) {
        graceAt[r] = overridesOf[i].graceTier(rankInGroup[r]);
      }
    }
    Overrides all = Overrides.of(pinned, pinnedTiers, computed, tierAt);
    return new Groups(
        groups,
        TierStatistics.of(TierCutter.cut(curve, rule, labels), all),
        Overrides.of(pinned, pinnedTiers, computed, graceAt));
  }

  /**
   * The all block: each label's customers across groups. Counts and sums come from the groups'
   * tiers; along the whole curve the MRR descends, so each label's customers come in descending
   * order too, and one pass finds floor, max and median without a sort.
   */
  private static List<TierStats> all(
      ParetoCurve curve,
      int[] groupOf,
      Segmentation[] byIndex,
      int[] rankInGroup,
      List<Groups.Group> groups,
      List<String> labels) {
    int k = labels.size();
    int scale = curve.scale();
    int[] counts = new int[k];
    BigDecimal[] sums = new BigDecimal[k];
    Arrays.fill(sums, BigDecimal.valueOf(0, scale));
    for (Groups.Group group : groups) {
      for (int t = 0; t < k; t++) {
        TierStats stats = group.tiers().get(t);
        counts[t] += stats.customers();
        sums[t] = sums[t].add(stats.mrr());
      }
    }
    // The whole-curve ranks of each label's first, last and middle customers.
    int[] first = new int[k];
    int[] last = new int[k];
    int[] lowMiddle = new int[k];
    int[] highMiddle = new int[k];
    int[] seen = new int[k];
    int n = curve.size();
    for (int r = 0; r < n; r++) {
      int t = byIndex[groupOf[curve.customerIndex(r)]].tierOf(rankInGroup[r]);
      int position = seen[t]++;
      if (position == 0) {
        first[t] = r;
      }
      if (position == counts[t] - 1) {
        last[t] = r;
      }
      if (position == (counts[t] - 1) / 2) {
        lowMiddle[t] = r;
      }
      if (position == counts[t] / 2) {
        highMiddle[t] = r;
      }
    }
    BigDecimal all = BigDecimal.valueOf(n);
    BigDecimal total = curve.total();
    List<TierStats> rows = new ArrayList<>(k);
    int cumCount = 0;
    BigDecimal cumMrr = BigDecimal.valueOf(0, scale);
    for (int t = 0; t < k; t++) {
      BigDecimal sum = sums[t];
      cumCount += counts[t];
      cumMrr = cumMrr.add(sum);
      Optional<TierStats.Amounts> amounts = Optional.empty();
      if (counts[t] > 0) {
        BigDecimal median =
            counts[t] % 2 == 1
                ? curve.mrr(lowMiddle[t])
                // Half of a sum of two decimals always ends: exact.
                : curve.mrr(lowMiddle[t]).add(curve.mrr(highMiddle[t])).divide(TWO);
        amounts =
            Optional.of(
                new TierStats.Amounts(
                    curve.mrr(last[t]),
                    curve.mrr(first[t]),
                    sum.divide(
                        BigDecimal.valueOf(counts[t]), Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN),
                    median));
      }
      rows.add(
          new TierStats(
              labels.get(t),
              counts[t],
              Amounts.percent(BigDecimal.valueOf(counts[t]), all),
              sum,
              Amounts.percent(sum, total),
              Amounts.percent(BigDecimal.valueOf(cumCount), all),
              Amounts.percent(cumMrr, total),
              amounts));
    }
    return List.copyOf(rows);
  }
}

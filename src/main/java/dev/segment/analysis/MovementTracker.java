package dev.segment.analysis;

import dev.segment.model.Customers;
import dev.segment.model.Groups;
import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.PreviousTiers;
import dev.segment.model.Segmentation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares this run's tiers with an earlier run's {@code tiers.csv}, by tier position. An earlier
 * label that is one of this run's labels takes that label's position; a default label {@code Tier
 * k} takes position k (a tiers.csv never shows an empty tier, so order alone would misplace the
 * tiers after one); the other earlier labels, in the order the earlier file first shows them, take
 * the positions left free, lowest first (past the last tier when none is left), so two earlier
 * labels never share a position.
 */
public final class MovementTracker {
  /** How many of the biggest movers the report lists. */
  public static final int BIGGEST = 10;

  private MovementTracker() {}

  /** The position each earlier label (by index into {@code previous.labels()}) is compared as. */
  public static List<Movements.LabelPosition> positions(
      PreviousTiers previous, List<String> labels) {
    List<String> old = previous.labels();
    boolean[] taken = new boolean[labels.size() + old.size()];
    int[] position = new int[old.size()];
    boolean[] matched = new boolean[old.size()];
    for (int j = 0; j < old.size(); j++) {
      int at = labels.indexOf(old.get(j));
      position[j] = at;
      if (at >= 0) {
        taken[at] = true;
        matched[j] = true;
      }
    }
    // A default label names its own position ("Tier 3" is the third tier), even when the earlier
    // run had an empty tier and so never wrote "Tier 2" into its tiers.csv.
    for (int j = 0; j < old.size(); j++) {
      int k = defaultLabelPosition(old.get(j));
      if (position[j] < 0 && k >= 0 && k < taken.length && !taken[k]) {
        position[j] = k;
        taken[k] = true;
      }
    }
    int free = 0;
    for (int j = 0; j < old.size(); j++) {
      if (position[j] < 0) {
        while (taken[free]) {
          free++;
        }
        position[j] = free;
        taken[free] = true;
      }
    }
    List<Movements.LabelPosition> out = new ArrayList<>(old.size());
    for (int j = 0; j < old.size(); j++) {
      out.add(new Movements.LabelPosition(old.get(j), position[j], matched[j]));
    }
    return out;
  }

  /** k − 1 for a label {@code Tier k} (k ≥ 1, as segment names tiers by default), else -1. */
  static int defaultLabelPosition(String label) {
    if (!label.startsWith("Tier ") || label.length() > 14) {
      return -1;
    }
    String digits = label.substring(5);
    if (digits.isEmpty()
        || digits.charAt(0) == '0'
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Integer.parseInt(digits) - 1;
  }

  /** Each rank's earlier tier position, or -1 for a customer the earlier run did not have. */
  public static int[] previousByRank(
      ParetoCurve curve, PreviousTiers previous, List<Movements.LabelPosition> positions) {
    return previousByRank(curve, previous, positions, previous.rowsOf(curve.customers()));
  }

  /** As above, with each customer's earlier row ({@link PreviousTiers#rowsOf}) found once. */
  public static int[] previousByRank(
      ParetoCurve curve,
      PreviousTiers previous,
      List<Movements.LabelPosition> positions,
      int[] earlierRows) {
    int[] out = new int[curve.size()];
    for (int r = 0; r < out.length; r++) {
      int row = earlierRows[curve.customerIndex(r)];
      out[r] = row < 0 ? -1 : positions.get(previous.label(row)).position();
    }
    return out;
  }

  /**
   * The movements of every tiered customer, after overrides: the curve's in rank order, then the
   * pinned ones.
   */
  public static Movements compare(
      Segmentation s, Overrides overrides, List<String> labels, PreviousTiers previous) {
    return compare(s, overrides, labels, previous, previous.rowsOf(s.curve().customers()));
  }

  /** As above, with each customer's earlier row ({@link PreviousTiers#rowsOf}) found once. */
  public static Movements compare(
      Segmentation s,
      Overrides overrides,
      List<String> labels,
      PreviousTiers previous,
      int[] earlierRows) {
    ParetoCurve curve = s.curve();
    List<Movements.LabelPosition> positions = positions(previous, labels);
    Tally tally = new Tally(previous, positions, labels, earlierRows);
    for (int r = 0; r < curve.size(); r++) {
      int c = curve.customerIndex(r);
      tally.add(curve.customers(), c, overrides.tierOf(s, r));
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      tally.add(curve.customers(), overrides.pinnedCustomer(j), overrides.pinnedTier(j));
    }
    return movements(tally, previous, positions, overrides.graceKept());
  }

  /**
   * With {@code --group-by}: the movements of every customer, each at the tier its group's cuts
   * gave it (a customer that changed group moved when its tier label changed).
   */
  public static Movements compare(
      Groups groups, List<String> labels, PreviousTiers previous, int[] earlierRows) {
    List<Movements.LabelPosition> positions = positions(previous, labels);
    Tally tally = new Tally(previous, positions, labels, earlierRows);
    int graceKept = 0;
    for (Groups.Group g : groups.groups()) {
      Segmentation s = g.segmentation();
      ParetoCurve curve = s.curve();
      Overrides overrides = g.overrides();
      for (int r = 0; r < curve.size(); r++) {
        tally.add(curve.customers(), curve.customerIndex(r), overrides.tierOf(s, r));
      }
      for (int j = 0; j < overrides.pinnedCount(); j++) {
        tally.add(curve.customers(), overrides.pinnedCustomer(j), overrides.pinnedTier(j));
      }
      graceKept += overrides.graceKept();
    }
    return movements(tally, previous, positions, graceKept);
  }

  private static Movements movements(
      Tally tally, PreviousTiers previous, List<Movements.LabelPosition> positions, int graceKept) {
    BigDecimal previousTotal = BigDecimal.ZERO;
    for (int row = 0; row < previous.size(); row++) {
      previousTotal = previousTotal.add(previous.mrr(row));
    }
    List<Movements.Change> biggest = new ArrayList<>(tally.changes);
    biggest.sort(
        Comparator.comparing((Movements.Change ch) -> ch.mrrChange().abs())
            .reversed()
            .thenComparing(Movements.Change::id));
    return new Movements(
        previous.source(),
        positions,
        new Movements.Group(tally.up, tally.upMrr),
        new Movements.Group(tally.down, tally.downMrr),
        new Movements.Group(tally.added, tally.addedMrr),
        new Movements.Group(
            previous.size() - tally.matched, previousTotal.subtract(tally.matchedOld)),
        tally.unchanged,
        graceKept,
        biggest.subList(0, Math.min(BIGGEST, biggest.size())),
        tally.changes);
  }

  /** Running counts over the tiered customers. */
  private static final class Tally {
    final PreviousTiers previous;
    final int[] earlierRows;
    final List<Movements.LabelPosition> positions;
    final List<String> labels;
    final List<Movements.Change> changes = new ArrayList<>();
    int up;
    int down;
    int added;
    int matched;
    int unchanged;
    BigDecimal upMrr = BigDecimal.ZERO;
    BigDecimal downMrr = BigDecimal.ZERO;
    BigDecimal addedMrr = BigDecimal.ZERO;
    BigDecimal matchedOld = BigDecimal.ZERO;

    Tally(
        PreviousTiers previous,
        List<Movements.LabelPosition> positions,
        List<String> labels,
        int[] earlierRows) {
      this.earlierRows = earlierRows;
      this.previous = previous;
      this.positions = positions;
      this.labels = labels;
    }

    void add(Customers customers, int c, int tier) {
      BigDecimal mrr = customers.mrr(c);
      int row = earlierRows[c];
      if (row < 0) {
        added++;
        addedMrr = addedMrr.add(mrr);
        return;
      }
      matched++;
      BigDecimal oldMrr = previous.mrr(row);
      matchedOld = matchedOld.add(oldMrr);
      int was = positions.get(previous.label(row)).position();
      if (was == tier) {
        unchanged++;
        return;
      }
      if (tier < was) {
        up++;
        upMrr = upMrr.add(mrr);
      } else {
        down++;
        downMrr = downMrr.add(mrr);
      }
      String id = customers.id(c);
      String name = customers.name(c).isEmpty() ? previous.name(row) : customers.name(c);
      changes.add(
          new Movements.Change(
              id, name, previous.labels().get(previous.label(row)), labels.get(tier), oldMrr, mrr));
    }
  }
}

package dev.segment.analysis;

import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.Pin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code --pin} rows against the customers and the tier labels: which customers leave the
 * curve, and the tier each one is pinned to.
 */
public final class PinResolver {
  private PinResolver() {}

  /**
   * Pinned customers, in the order {@code tiers.csv} writes them.
   *
   * @param leaveOut one flag per customer index: true for a pinned customer, to leave off the curve
   * @param customers customer indexes, MRR descending then id ascending
   * @param tiers the tier position of each
   */
  public record Resolved(boolean[] leaveOut, int[] customers, int[] tiers) {}

  /**
   * Matches pins to customers. A tier is a label (exact) or a 1-based number; an unknown id or
   * tier, or one id pinned to two tiers, is a {@link DataException}. Customers left off the curve
   * anyway (negative MRR, or zero with {@code excludeZero}) stay excluded: a pin does not tier
   * them.
   */
  public static Resolved resolve(
      Customers customers,
      List<Pin> pins,
      List<String> labels,
      boolean excludeZero,
      String source) {
    Map<String, Integer> tierById = new HashMap<>();
    Map<String, Pin> firstPin = new HashMap<>();
    for (Pin pin : pins) {
      int tier = tier(pin, labels, source);
      Integer before = tierById.putIfAbsent(pin.id(), tier);
      if (before != null && before != tier) {
        throw new DataException(
            source
                + ": line "
                + pin.line()
                + " pins "
                + pin.id()
                + " to "
                + labels.get(tier)
                + " but line "
                + firstPin.get(pin.id()).line()
                + " pins it to "
                + labels.get(before)
                + "; pin each customer once");
      }
      firstPin.putIfAbsent(pin.id(), pin);
    }
    boolean[] leaveOut = new boolean[customers.size()];
    List<Integer> pinned = new ArrayList<>();
    Set<String> found = new HashSet<>();
    for (int i = 0; i < customers.size(); i++) {
      Integer tier = tierById.get(customers.id(i));
      if (tier == null) {
        continue;
      }
      found.add(customers.id(i));
      int sign = customers.signum(i);
      if (sign > 0 || (sign == 0 && !excludeZero)) {
        leaveOut[i] = true;
        pinned.add(i);
      }
    }
    if (found.size() < tierById.size()) {
      for (Pin pin : pins) {
        if (!found.contains(pin.id())) {
          throw new DataException(
              source
                  + ": line "
                  + pin.line()
                  + " pins customer id '"
                  + pin.id()
                  + (customers.rolledUp()
                      ? "', which is not a top account of the input; with --parent-column pins"
                          + " name top accounts (check the id: ids are case-sensitive)"
                      : "', which is not in the input; check the id (ids are case-sensitive)"));
        }
      }
    }
    pinned.sort(
        (a, b) -> {
          int byMrr = customers.compareMrr(b, a);
          return byMrr != 0 ? byMrr : customers.id(a).compareTo(customers.id(b));
        });
    int[] indexes = new int[pinned.size()];
    int[] tiers = new int[pinned.size()];
    for (int j = 0; j < indexes.length; j++) {
      indexes[j] = pinned.get(j);
      tiers[j] = tierById.get(customers.id(indexes[j]));
    }
    return new Resolved(leaveOut, indexes, tiers);
  }

  private static int tier(Pin pin, List<String> labels, String source) {
    String t = pin.tier().strip();
    int at = labels.indexOf(t);
    if (at >= 0) {
      return at;
    }
    if (t.matches("[0-9]{1,9}")) {
      int n = Integer.parseInt(t);
      if (n >= 1 && n <= labels.size()) {
        return n - 1;
      }
    }
    throw new DataException(
        source
            + ": line "
            + pin.line()
            + " pins "
            + pin.id()
            + " to tier '"
            + pin.tier()
            + "', which is not a tier of this run; use a label ("
            + String.join(", ", labels)
            + ") or a number from 1 to "
            + labels.size());
  }
}

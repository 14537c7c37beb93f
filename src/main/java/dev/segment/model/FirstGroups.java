package dev.segment.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * With {@code --group-by}: by customer (account, when rolling up), the group cell of its first used
 * row, as an index into the group names met so far; the cell of the row being added waits as the
 * pending group until the row's customer is known.
 */
final class FirstGroups {
  private static final int NO_GROUP = -1;

  private int[] groupOf = new int[1024];
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private int pending;

  FirstGroups() {
    Arrays.fill(groupOf, NO_GROUP);
  }

  /**
   * The group cell of the used row about to be added, trimmed here; an empty cell is the group
   * {@link Customers#NO_GROUP_NAME}.
   */
  void pending(String cell) {
    String name = cell.trim();
    pending = intern(name.isEmpty() ? Customers.NO_GROUP_NAME : name);
  }

  private int intern(String name) {
    Integer i = index.get(name);
    if (i == null) {
      i = names.size();
      names.add(name);
      index.put(name, i);
    }
    return i;
  }

  /** Notes the pending group for customer (or account) i when it has none yet. */
  void grouped(int i) {
    if (i >= groupOf.length) {
      int old = groupOf.length;
      groupOf = Arrays.copyOf(groupOf, Math.max(i + 1, old * 2));
      Arrays.fill(groupOf, old, groupOf.length, NO_GROUP);
    }
    if (groupOf[i] == NO_GROUP) {
      groupOf[i] = pending;
    }
  }

  /**
   * Takes over the groups of {@code later}, from the rows that follow this one's: its customer
   * {@code j} is {@code numbers[j]} here. A customer with a group here keeps it, as its first used
   * row is here.
   */
  void absorb(FirstGroups later, int[] numbers) {
    int[] to = new int[later.names.size()];
    for (int g = 0; g < to.length; g++) {
      to[g] = intern(later.names.get(g));
    }
    for (int j = 0; j < numbers.length; j++) {
      int g = j < later.groupOf.length ? later.groupOf[j] : NO_GROUP;
      if (g != NO_GROUP) {
        pending = to[g];
        grouped(numbers[j]);
      }
    }
  }

  /**
   * Each of {@code size} customers' group: customer c's own (or, rolled up by {@code r}, its top
   * account's own) first used row's group; {@code (none)} for a top account with no used row.
   */
  int[] byCustomer(int size, ParentRollUp r) {
    int none = NO_GROUP;
    int[] out = new int[size];
    for (int c = 0; c < size; c++) {
      int a = r == null ? c : r.topAccount(c);
      int g = a < groupOf.length ? groupOf[a] : NO_GROUP;
      if (g == NO_GROUP) {
        if (none == NO_GROUP) {
          none = intern(Customers.NO_GROUP_NAME);
        }
        g = none;
      }
      out[c] = g;
    }
    return out;
  }

  /** The group names, in order of first appearance; call after {@link #byCustomer}. */
  List<String> names() {
    return names;
  }
}

package dev.segment.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The roll-up of {@code --parent-column}, on account numbers alone: from each account's parent link
 * and the account each id's used rows counted toward, which top accounts become customers, which
 * accounts' sums go into each and how many ids went into it. {@link CustomersBuilder} holds the
 * sums (in either form), the text and the kept values around it.
 *
 * <p>An account's rows count toward a <em>start</em> account: the row's parent cell, or its own id
 * when that cell is empty or the id itself. From a start the parent links lead to the top. Each id
 * keeps the start of its first used row; a later row of the id with another start (a second parent
 * cell) is an extra pair, rare in real exports, so the common case costs one int per account.
 */
final class ParentRollUp {
  /** No account: no parent link, or no used row. */
  static final int NONE = -1;

  private static final int ON_PATH = -2;

  /** The parent links of some accounts lead back to themselves. */
  static final class Cycle extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient int[] accounts;

    Cycle(int[] accounts) {
      super("cycle of parent accounts", null, false, false);
      this.accounts = accounts;
    }

    /** The accounts of the cycle in link order, from the one numbered lowest (first seen). */
    int[] accounts() {
      return accounts.clone();
    }
  }

  private final int[] customerOf;
  private final int[] customerTop;
  private final int[] accounts;
  private final int rolledUp;
  private final int parents;
  private final int withoutRow;
  private final int levels;

  /**
   * Rolls up accounts {@code 0..n-1}.
   *
   * @param parent by account: its parent account, or {@link #NONE}
   * @param firstStart by account: the start of its id's first used row, or {@link #NONE} when the
   *     id has no used row (only a parent named by others, or only skipped rows)
   * @param extras used rows whose start differs from their id's first start, as {@code id << 32 |
   *     start}; repeats are harmless
   * @param hasRow the accounts that are the id of some row (used or skipped for its amount)
   * @throws Cycle when parent links loop
   */
  ParentRollUp(int n, int[] parent, int[] firstStart, long[] extras, BitSet hasRow) {
    int[] top = new int[n];
    int[] hops = new int[n];
    tops(n, parent, top, hops);
    boolean[] isCustomer = new boolean[n];
    this.levels = reached(n, firstStart, extras, top, hops, isCustomer);

    // hops is done with: it numbers the customers by account from here.
    int[] number = hops;
    int count = 0;
    for (int a = 0; a < n; a++) {
      number[a] = isCustomer[a] ? count++ : NONE;
    }
    customerTop = new int[count];
    for (int a = 0; a < n; a++) {
      if (number[a] != NONE) {
        customerTop[number[a]] = a;
      }
    }
    // top becomes each account's customer: the number of its top, NONE when no row reached it.
    for (int a = 0; a < n; a++) {
      top[a] = number[top[a]];
    }
    customerOf = top;

    accounts = new int[count];
    boolean[] hasChild = new boolean[count];
    this.rolledUp = countAccounts(n, firstStart, extras, hasChild);
    int withChildren = 0;
    int noRow = 0;
    for (int c = 0; c < count; c++) {
      withChildren += hasChild[c] ? 1 : 0;
      noRow += hasRow.get(customerTop[c]) ? 0 : 1;
    }
    this.parents = withChildren;
    this.withoutRow = noRow;
  }

  /**
   * Marks the top account of every start a used row counted toward as a customer, and returns the
   * most parent links such a row climbed.
   */
  private static int reached(
      int n, int[] firstStart, long[] extras, int[] top, int[] hops, boolean[] isCustomer) {
    int deepest = 0;
    for (int x = 0; x < n; x++) {
      int s = firstStart[x];
      if (s != NONE) {
        isCustomer[top[s]] = true;
        deepest = Math.max(deepest, (s == x ? 0 : 1) + hops[s]);
      }
    }
    for (long pair : extras) {
      int x = (int) (pair >>> 32);
      int s = (int) pair;
      isCustomer[top[s]] = true;
      deepest = Math.max(deepest, (s == x ? 0 : 1) + hops[s]);
    }
    return deepest;
  }

  /**
   * Counts into {@link #accounts} the distinct ids whose used rows went into each customer, marks
   * in {@code hasChild} the customers holding an id other than their top account, and returns how
   * many ids went into a customer other than themselves.
   */
  private int countAccounts(int n, int[] firstStart, long[] extras, boolean[] hasChild) {
    boolean[] xRolled = new boolean[n];
    for (int x = 0; x < n; x++) {
      if (firstStart[x] != NONE) {
        counted(x, customerOf[firstStart[x]], hasChild, xRolled);
      }
    }
    Set<Long> counted = new HashSet<>();
    for (long pair : extras) {
      int x = (int) (pair >>> 32);
      int c = customerOf[(int) pair];
      if (c != customerOf[firstStart[x]] && counted.add((long) x << 32 | c)) {
        counted(x, c, hasChild, xRolled);
      }
    }
    int rolled = 0;
    for (boolean r : xRolled) {
      rolled += r ? 1 : 0;
    }
    return rolled;
  }

  /** Id {@code x} went into customer {@code c}. */
  private void counted(int x, int c, boolean[] hasChild, boolean[] xRolled) {
    accounts[c]++;
    if (customerTop[c] != x) {
      hasChild[c] = true;
      xRolled[x] = true;
    }
  }

  /**
   * Fills each account's top and the parent links from it to the top, walking each chain once (no
   * recursion: a chain may be millions long).
   */
  static void tops(int n, int[] parent, int[] top, int[] hops) {
    Arrays.fill(top, 0, n, NONE);
    int[] path = new int[16];
    for (int a = 0; a < n; a++) {
      if (top[a] != NONE) {
        continue;
      }
      int length = 0;
      int at = a;
      while (top[at] == NONE && parent[at] != NONE) {
        if (length == path.length) {
          path = Arrays.copyOf(path, length * 2);
        }
        path[length++] = at;
        top[at] = ON_PATH;
        at = parent[at];
      }
      if (top[at] == ON_PATH) {
        throw cycle(path, length, at);
      }
      int t;
      int h;
      if (top[at] == NONE) {
        // The chain's top: no parent of its own.
        top[at] = at;
        hops[at] = 0;
      }
      t = top[at];
      h = hops[at];
      for (int k = length - 1; k >= 0; k--) {
        top[path[k]] = t;
        hops[path[k]] = ++h;
      }
    }
  }

  private static Cycle cycle(int[] path, int length, int back) {
    int from = 0;
    while (path[from] != back) {
      from++;
    }
    int[] loop = Arrays.copyOfRange(path, from, length);
    int lowest = 0;
    for (int k = 1; k < loop.length; k++) {
      if (loop[k] < loop[lowest]) {
        lowest = k;
      }
    }
    int[] ordered = new int[loop.length];
    for (int k = 0; k < loop.length; k++) {
      ordered[k] = loop[(lowest + k) % loop.length];
    }
    return new Cycle(ordered);
  }

  /** The number of customers: top accounts some used row reached. */
  int size() {
    return customerTop.length;
  }

  /** The customer account {@code a}'s rows go to, or {@link #NONE} when no used row reached it. */
  int customerOf(int a) {
    return customerOf[a];
  }

  /** The top account of customer {@code c}. */
  int topAccount(int c) {
    return customerTop[c];
  }

  /** By customer: the number of distinct ids whose used rows were summed into it. */
  int[] accounts() {
    return accounts;
  }

  /** Ids with used rows summed into a top account other than themselves. */
  int rolledUp() {
    return rolledUp;
  }

  /** Customers holding the rows of at least one id other than their own. */
  int parents() {
    return parents;
  }

  /** Customers whose top account is the id of no row: named only as a parent, so with no name. */
  int withoutRow() {
    return withoutRow;
  }

  /** The most parent links a used row climbed, from its own id to its customer. */
  int levels() {
    return levels;
  }
}

package dev.segment.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What the rows of {@code --parent-column} said about each account so far, by account number: its
 * parent link, the start its id's first used row counted toward, the rarer later starts, and
 * whether it is the id of a row at all. {@link #rollUp} turns them into a {@link ParentRollUp}.
 */
final class ParentLinks {
  private int[] parentOf = none(1024);
  private int[] firstStart = none(1024);
  private final Set<Long> extraStarts = new HashSet<>();
  // Accounts that are the id of a row passing the filters (used or skipped for its amount).
  private final BitSet hasRow = new BitSet();

  private static int[] none(int n) {
    int[] a = new int[n];
    Arrays.fill(a, ParentRollUp.NONE);
    return a;
  }

  /** Room for accounts {@code [0, n)}, new ones with no parent and no used row. */
  void room(int n) {
    int old = parentOf.length;
    if (n <= old) {
      return;
    }
    int grown = Math.max(n, old * 2);
    parentOf = Arrays.copyOf(parentOf, grown);
    firstStart = Arrays.copyOf(firstStart, grown);
    Arrays.fill(parentOf, old, grown, ParentRollUp.NONE);
    Arrays.fill(firstStart, old, grown, ParentRollUp.NONE);
  }

  /**
   * A row of account {@code x} whose rows count toward {@code start}: x has a row, and start is its
   * parent unless it has one already.
   */
  void row(int x, int start) {
    hasRow.set(x);
    if (start != x && parentOf[x] == ParentRollUp.NONE) {
      parentOf[x] = start;
    }
  }

  /** A used row of account {@code x} counted toward {@code start}. */
  void counted(int x, int start) {
    if (firstStart[x] == ParentRollUp.NONE) {
      firstStart[x] = start;
    } else if (firstStart[x] != start) {
      extraStarts.add((long) x << 32 | start);
    }
  }

  /**
   * Takes over the links of {@code later}, from the rows that follow this one's: its account {@code
   * j} is {@code numbers[j]} here. A parent link and a first start here win over the later ones,
   * which come after them in the input.
   */
  void absorb(ParentLinks later, int[] numbers) {
    for (int j = 0; j < numbers.length; j++) {
      int i = numbers[j];
      if (later.hasRow.get(j)) {
        hasRow.set(i);
      }
      if (parentOf[i] == ParentRollUp.NONE && later.parentOf[j] != ParentRollUp.NONE) {
        parentOf[i] = numbers[later.parentOf[j]];
      }
      if (later.firstStart[j] != ParentRollUp.NONE) {
        counted(i, numbers[later.firstStart[j]]);
      }
    }
    for (long pair : later.extraStarts) {
      counted(numbers[(int) (pair >>> 32)], numbers[(int) pair]);
    }
  }

  /**
   * Rolls up accounts {@code [0, n)}; the links are done with after.
   *
   * @throws ParentRollUp.Cycle when parent links loop
   */
  ParentRollUp rollUp(int n) {
    long[] pairs = new long[extraStarts.size()];
    int k = 0;
    for (long pair : extraStarts) {
      pairs[k++] = pair;
    }
    return new ParentRollUp(n, parentOf, firstStart, pairs, hasRow);
  }
}

package dev.segment.hints;

/**
 * The texts a column's cells have held so far, each with what counting it found the first time (its
 * flags and its value's counts in {@link ColumnCells}), so that a column of a few values repeated
 * on every row (a plan, a country, a status) is classified once per value, not once per row. An
 * open-addressing table of at most {@link #MAX} texts; past that it answers for those it holds.
 */
final class SeenCells {
  /** Texts held; a column with more distinct ones than this is mostly not repeats. */
  static final int MAX = 128;

  private static final int SLOTS = 2 * MAX;

  /** Lookups after the table is full that decide whether it still pays its way. */
  private static final int TRIAL = 1024;

  private final String[] texts = new String[SLOTS];
  private final int[] hashes = new int[SLOTS];
  private final int[] flags = new int[SLOTS];
  private final long[][] counts = new long[SLOTS][];
  private int size;
  private long lateLookups;
  private long lateHits;

  /** Where {@code text} is held, or the free slot it would go in. */
  int slot(String text) {
    int h = text.hashCode();
    int i = (h ^ (h >>> 16)) & (SLOTS - 1);
    while (texts[i] != null) {
      if (hashes[i] == h && texts[i].equals(text)) {
        break;
      }
      i = (i + 1) & (SLOTS - 1);
    }
    if (size == MAX) {
      lateLookups++;
      if (texts[i] != null) {
        lateHits++;
      }
    }
    return i;
  }

  boolean holds(int slot) {
    return texts[slot] != null;
  }

  int flags(int slot) {
    return flags[slot];
  }

  /** The value's counts in {@link ColumnCells}, null when it is not among them. */
  long[] count(int slot) {
    return counts[slot];
  }

  boolean full() {
    return size == MAX;
  }

  /**
   * False once a full table is found to answer fewer than a quarter of the lookups: a column of
   * names, ids or amounts, where asking costs more than it saves.
   */
  boolean worthKeeping() {
    return lateLookups < TRIAL || lateHits * 4 >= lateLookups;
  }

  /** Holds {@code text} in the free {@code slot} {@link #slot} gave, unless the table is full. */
  void put(int slot, String text, int textFlags, long[] count) {
    if (size == MAX) {
      return;
    }
    texts[slot] = text;
    hashes[slot] = text.hashCode();
    flags[slot] = textFlags;
    counts[slot] = count;
    size++;
  }
}

package dev.segment.analysis;

import dev.segment.model.Customers;
import java.util.Arrays;

/**
 * Sorts customer indexes into rank order, MRR descending then id ascending, with primitive sorts
 * only: millions of customers sort without boxing or a comparator call per comparison.
 *
 * <p>Each pass packs a sort key and the customer index into one long and sorts a range of those
 * with {@link Arrays#sort(long[], int, int)} (from {@code RADIX_MIN} customers the MRR pass is an
 * LSD radix sort instead). First by the top 32 bits of MRR; then, within runs that share them, by
 * the remaining low bits, which gives exact MRR order; then, within runs of equal MRR, by id: a
 * most-significant-first radix sort on the ids' UTF-8 bytes (or their chars, decoded, when an id
 * holds a character whose byte order differs from String order), a few units a pass, skipping the
 * prefix a run has in common, with insertion sort for small runs. Ids are only ever compared among
 * equal MRR.
 */
final class RankSort {
  private static final int HIGH_BITS = 32;
  private static final int INSERTION_LIMIT = 16;
  private static final int KEY_UNITS = 7;
  private static final int RADIX_MIN = 1 << 16;
  private static final int RADIX_BITS = 11;
  private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;

  private final Customers customers;
  private final int[] order;
  private final long[] scratch;
  private final int indexBits;
  private final long indexMask;
  private final boolean bytes;
  private final int unitBits;
  private final long unitSlot;
  private final int charsPerKey;
  private final long[] idKeys;
  private int[] pending = new int[48];

  private RankSort(Customers customers, int[] order) {
    this.customers = customers;
    this.order = order;
    this.scratch = new long[order.length];
    this.indexBits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(customers.size()));
    this.indexMask = (1L << indexBits) - 1;
    // A unit is a byte or a char, stored + 1 so that 0 marks the end of a shorter id.
    this.bytes = customers.idsSortAsBytes();
    this.unitBits = bytes ? 9 : 17;
    this.unitSlot = (1L << unitBits) - 1;
    this.charsPerKey = Math.min(6, Math.max(1, (Long.SIZE - 1 - indexBits) / unitBits));
    this.idKeys = bytes && order.length > 1 ? idKeys(customers) : null;
  }

  /**
   * Each customer's id key: {@link #KEY_UNITS} bytes of its id after the prefix every id shares,
   * each as byte + 1 in 9 bits (0 past the end), so keys compare as the ids do up to there. The ids
   * are read in customer order, which is the order of their text in memory; ranks then compare keys
   * from one array instead of ids scattered across it, and decode an id only on equal keys.
   */
  private static long[] idKeys(Customers customers) {
    int n = customers.size();
    int prefix = customers.idByteLength(0);
    for (int i = 1; i < n && prefix > 0; i++) {
      int limit = Math.min(prefix, customers.idByteLength(i));
      int k = 0;
      while (k < limit && customers.idByte(i, k) == customers.idByte(0, k)) {
        k++;
      }
      prefix = k;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      int length = customers.idByteLength(i);
      long key = 0;
      for (int k = prefix; k < prefix + KEY_UNITS; k++) {
        key = (key << 9) | (k < length ? 1L + customers.idByte(i, k) : 0L);
      }
      keys[i] = key;
    }
    return keys;
  }

  /**
   * Sorts {@code order} (indexes of customers whose MRR is ≥ 0, at most {@code max}) in place and
   * returns each rank's MRR, unscaled.
   */
  static long[] sort(Customers customers, int[] order, long max) {
    return new RankSort(customers, order).run(max);
  }

  private long[] run(long max) {
    int n = order.length;
    int shift = Math.max(0, (Long.SIZE - Long.numberOfLeadingZeros(max)) - HIGH_BITS);
    long top = max >>> shift;
    for (int r = 0; r < n; r++) {
      scratch[r] = pack(top - (customers.unscaledMrr(order[r]) >>> shift), order[r]);
    }
    if (n >= RADIX_MIN) {
      radixSortByKey(n, Long.SIZE - Long.numberOfLeadingZeros(top));
    } else {
      sortPacked(0, n);
    }
    // Runs are found from the packed keys, read in order, so customers alone in their run cost no
    // look-up; finishing a run only rewrites its own part of scratch.
    // Once a run is done its part of scratch is free, and holds the run's MRR from then on: with
    // no shift the key is the MRR itself, so no rank reads the MRR column at random for it.
    int start = 0;
    for (int r = 1; r <= n; r++) {
      if (r == n || scratch[r] >>> indexBits != scratch[start] >>> indexBits) {
        long mrr = top - (scratch[start] >>> indexBits);
        if (r - start > 1) {
          finishRun(start, r, shift);
        }
        if (shift == 0) {
          Arrays.fill(scratch, start, r, mrr);
        }
        start = r;
      }
    }
    if (shift > 0) {
      for (int r = 0; r < n; r++) {
        scratch[r] = mrr(r);
      }
    }
    return scratch;
  }

  /** Orders ranks {@code [from, to)}, which share the top bits of their MRR, exactly. */
  private void finishRun(int from, int to, int shift) {
    if (shift == 0) {
      sortEqualMrr(from, to);
      return;
    }
    long low = (1L << shift) - 1;
    for (int r = from; r < to; r++) {
      scratch[r] = pack(low - (mrr(r) & low), order[r]);
    }
    sortPacked(from, to);
    int start = from;
    for (int r = from + 1; r <= to; r++) {
      if (r == to || scratch[r] >>> indexBits != scratch[start] >>> indexBits) {
        if (r - start > 1) {
          sortEqualMrr(start, r);
        }
        start = r;
      }
    }
  }

  /**
   * Orders ranks {@code [from, to)}, which have equal MRR, by id: by key first where there are
   * keys.
   */
  private void sortEqualMrr(int from, int to) {
    if (idKeys == null) {
      sortById(from, to);
      return;
    }
    if (to - from <= INSERTION_LIMIT) {
      insertionSortByKey(from, to);
      return;
    }
    // The key's top bits beside the index; runs that share them are few and small.
    for (int r = from; r < to; r++) {
      scratch[r] = pack(idKeys[order[r]] >>> indexBits, order[r]);
    }
    sortPacked(from, to);
    int start = from;
    for (int r = from + 1; r <= to; r++) {
      if (r == to || scratch[r] >>> indexBits != scratch[start] >>> indexBits) {
        if (r - start > INSERTION_LIMIT) {
          sortById(start, r);
        } else if (r - start > 1) {
          insertionSortByKey(start, r);
        }
        start = r;
      }
    }
  }

  private void insertionSortByKey(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int value = order[i];
      long key = idKeys[value];
      int j = i - 1;
      while (j >= from && isBefore(value, key, order[j])) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = value;
    }
  }

  private boolean isBefore(int customer, long key, int other) {
    long otherKey = idKeys[other];
    return key != otherKey ? key < otherKey : customers.compareIds(customer, other) < 0;
  }

  /**
   * Radix-sorts ranks {@code [from, to)} by id. A run to sort is kept on an explicit stack with the
   * length of the prefix its ids are known to share, so a run of ids nested in each other cannot
   * overflow the call stack.
   */
  private void sortById(int from, int to) {
    int size = 0;
    size = push(size, from, to, 0);
    while (size > 0) {
      size -= 3;
      int lo = pending[size];
      int hi = pending[size + 1];
      int depth = pending[size + 2];
      if (hi - lo <= INSERTION_LIMIT) {
        insertionSortById(lo, hi);
        continue;
      }
      int first = order[lo];
      int common = length(first);
      for (int r = lo + 1; r < hi && common > depth; r++) {
        int other = order[r];
        int limit = Math.min(common, length(other));
        int k = depth;
        while (k < limit && unit(other, k) == unit(first, k)) {
          k++;
        }
        common = k;
      }
      for (int r = lo; r < hi; r++) {
        scratch[r] = pack(unitKey(order[r], common), order[r]);
      }
      sortPacked(lo, hi);
      int start = lo;
      for (int r = lo + 1; r <= hi; r++) {
        if (r == hi || scratch[r] >>> indexBits != scratch[start] >>> indexBits) {
          // A key whose last char slot is empty belongs to ids that ended within it: equal ids,
          // which Customers never holds, so only runs of full keys need more passes.
          if (r - start > 1 && ((scratch[start] >>> indexBits) & unitSlot) != 0) {
            size = push(size, start, r, common + charsPerKey);
          }
          start = r;
        }
      }
    }
  }

  private int push(int size, int from, int to, int depth) {
    if (size + 3 > pending.length) {
      pending = Arrays.copyOf(pending, pending.length * 2);
    }
    pending[size] = from;
    pending[size + 1] = to;
    pending[size + 2] = depth;
    return size + 3;
  }

  /**
   * The units of the customer's id from {@code at}, each as unit + 1 in its own slot, 0 past the
   * end, so a shorter id sorts before a longer one it is a prefix of, as in {@link
   * String#compareTo}.
   */
  private long unitKey(int customer, int at) {
    long key = 0;
    int length = length(customer);
    String id = bytes ? null : customers.id(customer);
    for (int k = at; k < at + charsPerKey; k++) {
      long unit = k >= length ? 0L : 1L + (bytes ? customers.idByte(customer, k) : id.charAt(k));
      key = (key << unitBits) | unit;
    }
    return key;
  }

  private int length(int customer) {
    return bytes ? customers.idByteLength(customer) : customers.id(customer).length();
  }

  private int unit(int customer, int k) {
    return bytes ? customers.idByte(customer, k) : customers.id(customer).charAt(k);
  }

  private void insertionSortById(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int value = order[i];
      int j = i - 1;
      while (j >= from && customers.compareIds(value, order[j]) < 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = value;
    }
  }

  private long pack(long key, int index) {
    return (key << indexBits) | index;
  }

  /**
   * Sorts packed {@code scratch[0, n)} by their key bits (the {@code keyBits} above the index), a
   * few bits a pass, least significant first, and copies the indexes into {@code order}. The order
   * among equal keys is the input's, which no later step depends on: ties are sorted by id.
   */
  private void radixSortByKey(int n, int keyBits) {
    long[] from = scratch;
    long[] to = new long[n];
    int[] count = new int[(1 << RADIX_BITS) + 1];
    for (int shift = indexBits; shift < indexBits + keyBits; shift += RADIX_BITS) {
      Arrays.fill(count, 0);
      for (int r = 0; r < n; r++) {
        count[(int) ((from[r] >>> shift) & RADIX_MASK) + 1]++;
      }
      if (count[(int) ((from[0] >>> shift) & RADIX_MASK) + 1] == n) {
        continue; // one digit for all: nothing moves
      }
      for (int d = 1; d < count.length; d++) {
        count[d] += count[d - 1];
      }
      for (int r = 0; r < n; r++) {
        long v = from[r];
        to[count[(int) ((v >>> shift) & RADIX_MASK)]++] = v;
      }
      long[] swap = from;
      from = to;
      to = swap;
    }
    if (from != scratch) {
      System.arraycopy(from, 0, scratch, 0, n);
    }
    for (int r = 0; r < n; r++) {
      order[r] = (int) (scratch[r] & indexMask);
    }
  }

  /** Sorts packed {@code scratch[from, to)} and copies the indexes back into {@code order}. */
  private void sortPacked(int from, int to) {
    Arrays.sort(scratch, from, to);
    for (int r = from; r < to; r++) {
      order[r] = (int) (scratch[r] & indexMask);
    }
  }

  private long mrr(int rank) {
    return customers.unscaledMrr(order[rank]);
  }
}

package dev.segment.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The distinct customer ids read so far, numbered 0, 1, … in order of first appearance: each one's
 * id and name as a record in a {@link TextArena}, found again by id through an open-addressing hash
 * table.
 */
final class IdTable {
  // How many ids' table slots absorb() loads at once, as prefetch() does for the rows a reader
  // holds; 16 and 64 measured the same as 32 (docs/PERFORMANCE.md).
  private static final int PREFETCH = 32;

  private final TextArena text = new TextArena();
  private int[] textAt = new int[1024];
  // Open addressing, linear probing: per slot the id's hash in the high half and customer number
  // + 1 in the low, 0 for empty. With the hash at hand a probe past another id costs no look at
  // its text, which in a table of millions is two cache misses.
  private long[] slots = new long[2048];
  private byte[] scratch = new byte[256];
  private byte[] nameScratch = new byte[256];
  private boolean idsSortAsBytes = true;
  private int size;
  // Written so the loads of prefetch() are not dropped as dead code.
  private long prefetched;

  int size() {
    return size;
  }

  TextArena text() {
    return text;
  }

  /** The arena address of each id's record, by number, in an array of exactly {@link #size}. */
  int[] addresses() {
    return Arrays.copyOf(textAt, size);
  }

  /** See {@link Customers#idsSortAsBytes}. */
  boolean idsSortAsBytes() {
    return idsSortAsBytes;
  }

  /**
   * The number of {@code id}, numbered {@link #size} when it is new. {@code name} is stored with a
   * new id, and with a known one that has none yet: the first non-empty name wins.
   */
  int add(String id, String name) {
    int length = encode(id, false);
    int hash = TextArena.hash(scratch, 0, length);
    int mask = slots.length - 1;
    int slot = hash & mask;
    for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
      int i = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && text.idEquals(textAt[i], scratch, length)) {
        if (name != null && !name.isEmpty() && text.nameLength(textAt[i]) == 0) {
          rename(i, name);
        }
        return i;
      }
      slot = (slot + 1) & mask;
    }
    return insert(slot, hash, length, name);
  }

  /**
   * Numbers the id in {@link #scratch} at the empty {@code slot}. Apart from {@link #add} so that
   * the look-up stays small enough for the compiler to inline into the row's work.
   */
  private int insert(int slot, int hash, int length, String name) {
    if (size == textAt.length) {
      textAt = Arrays.copyOf(textAt, size * 2);
    }
    int i = size++;
    slots[slot] = entry(hash, i);
    for (int k = 0; k < length && idsSortAsBytes; k++) {
      idsSortAsBytes = (scratch[k] & 0xFF) < 0xEE;
    }
    int nameLength = name == null ? 0 : encode(name, true);
    textAt[i] = text.add(scratch, 0, length, nameScratch, 0, nameLength);
    if (size * 4L > slots.length * 3L) {
      rehash();
    }
    return i;
  }

  /** Rare: the first row had no name. The record is written again with one. */
  private void rename(int i, String name) {
    byte[] page = text.page(textAt[i]);
    int idLength = text.idLength(textAt[i]);
    byte[] id =
        Arrays.copyOfRange(page, text.idStart(textAt[i]), text.idStart(textAt[i]) + idLength);
    int nameLength = encode(name, true);
    textAt[i] = text.add(id, 0, idLength, nameScratch, 0, nameLength);
  }

  /**
   * Loads the table slots of ids about to be {@link #add added}, all at once: in a table of
   * millions each look-up is a cache miss, and misses taken one row at a time, between the rest of
   * each row's work, cannot overlap the way a run of independent loads does.
   */
  void prefetch(String[] ids, int n) {
    int mask = slots.length - 1;
    long touched = 0;
    for (int k = 0; k < n; k++) {
      int length = encode(ids[k], false);
      touched += slots[TextArena.hash(scratch, 0, length) & mask];
    }
    prefetched = touched;
  }

  /**
   * Adds the ids of {@code later}, a table fed the rows that follow this one's, as {@link #add}
   * would have one by one: ids first seen there are numbered on from {@link #size} in their order,
   * and a first name there fills one missing here. Returns, for each of later's numbers, the number
   * here. The later table's text is taken over, not copied; it must not be used again.
   */
  int[] absorb(IdTable later) {
    int shift = text.adopt(later.text);
    later.slots = null;
    idsSortAsBytes &= later.idsSortAsBytes;
    int n = later.size;
    if (size + n > textAt.length) {
      textAt = Arrays.copyOf(textAt, size + n);
    }
    while ((size + n) * 4L > slots.length * 3L) {
      rehash();
    }
    int[] numbers = new int[n];
    int[] hashes = new int[PREFETCH];
    int mask = slots.length - 1;
    for (int from = 0; from < n; from += PREFETCH) {
      int to = Math.min(n, from + PREFETCH);
      // As in prefetch(): the block's slots are loaded together, so their misses overlap.
      long touched = 0;
      for (int j = from; j < to; j++) {
        int at = later.textAt[j] + shift;
        int hash = TextArena.hash(text.page(at), text.idStart(at), text.idLength(at));
        hashes[j - from] = hash;
        touched += slots[hash & mask];
      }
      prefetched = touched;
      for (int j = from; j < to; j++) {
        numbers[j] = absorbOne(hashes[j - from], later.textAt[j] + shift);
      }
    }
    return numbers;
  }

  private int absorbOne(int hash, int at) {
    byte[] page = text.page(at);
    int start = text.idStart(at);
    int length = text.idLength(at);
    int mask = slots.length - 1;
    int slot = hash & mask;
    for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
      int i = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && text.idEquals(textAt[i], page, start, length)) {
        if (text.nameLength(textAt[i]) == 0 && text.nameLength(at) > 0) {
          textAt[i] = at;
        }
        return i;
      }
      slot = (slot + 1) & mask;
    }
    int i = size++;
    slots[slot] = entry(hash, i);
    textAt[i] = at;
    return i;
  }

  /** The number of the id in {@code id[0, length)}, or -1 when the table does not hold it. */
  int find(byte[] id, int length) {
    int hash = TextArena.hash(id, 0, length);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int i = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && text.idEquals(textAt[i], id, length)) {
        return i;
      }
    }
  }

  /** Drops the look-up table once every id is in: the text and numbers stay. */
  void dropTable() {
    slots = new long[2048];
  }

  /** UTF-8 bytes of {@code s} into {@link #scratch} (or the name's); returns their count. */
  private int encode(String s, boolean isName) {
    int n = s.length();
    byte[] to = isName ? nameScratch : scratch;
    if (to.length < n) {
      to = new byte[Math.max(n, to.length * 2)];
    }
    int k = 0;
    while (k < n) {
      char c = s.charAt(k);
      if (c >= 0x80) {
        break;
      }
      to[k++] = (byte) c;
    }
    int length = n;
    if (k < n) {
      to = s.getBytes(StandardCharsets.UTF_8);
      length = to.length;
    }
    if (isName) {
      nameScratch = to;
    } else {
      scratch = to;
    }
    return length;
  }

  private static long entry(int hash, int i) {
    return (long) hash << 32 | (i + 1L);
  }

  private void rehash() {
    long[] bigger = new long[slots.length * 2];
    int mask = bigger.length - 1;
    for (long entry : slots) {
      if (entry == 0) {
        continue;
      }
      int slot = (int) (entry >>> 32) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = entry;
    }
    slots = bigger;
  }
}

package dev.segment.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Each customer's id and name stored back to back as one record of UTF-8 bytes, in pages of up to 1
 * MiB, addressed by one int (page number and offset): millions of customers cost their text plus
 * two header bytes and four bytes of address each, instead of two String objects apiece. A record
 * is [id length][name length][id][name], the lengths one byte each when both are under 128, else a
 * {@code 0x80} marker and two 4-byte lengths. Pages never move once full, so growing never copies
 * more than the last page.
 */
final class TextArena {
  private static final int PAGE_BITS = 20;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;
  private static final int OFFSET_MASK = PAGE_SIZE - 1;
  // A full page stops short of 1 MiB: with its array header it still fits one G1 region of a 1 GiB
  // heap (1 MiB), where a page of exactly 1 MiB would take two and leave one nearly empty.
  private static final int PAGE_CAPACITY = PAGE_SIZE - 4096;
  private static final int MAX_PAGES = 1 << (Integer.SIZE - 1 - PAGE_BITS);
  private static final int LONG_HEADER = 9;

  private byte[][] pages = new byte[4][];
  private int pageCount;
  private byte[] current;
  private int used;

  TextArena() {
    current = new byte[4096];
    pages[pageCount++] = current;
  }

  /** Stores one record and returns its address. */
  int add(byte[] id, int idFrom, int idLength, byte[] name, int nameFrom, int nameLength) {
    boolean small = idLength < 128 && nameLength < 128;
    int length = (small ? 2 : LONG_HEADER) + idLength + nameLength;
    reserve(length);
    int address = ((pageCount - 1) << PAGE_BITS) | used;
    byte[] p = current;
    int at = used;
    if (small) {
      p[at++] = (byte) idLength;
      p[at++] = (byte) nameLength;
    } else {
      p[at++] = (byte) 0x80;
      at = putInt(p, at, idLength);
      at = putInt(p, at, nameLength);
    }
    System.arraycopy(id, idFrom, p, at, idLength);
    System.arraycopy(name, nameFrom, p, at + idLength, nameLength);
    used += length;
    return address;
  }

  /**
   * Appends the pages of {@code later}, an arena filled with a later part of the same input, and
   * returns what to add to its addresses to address the same records here. Nothing is copied; the
   * later arena must not be written to again.
   */
  int adopt(TextArena later) {
    if (pageCount + later.pageCount > MAX_PAGES) {
      throw tooMuchText();
    }
    int shift = pageCount << PAGE_BITS;
    if (pageCount + later.pageCount > pages.length) {
      pages = Arrays.copyOf(pages, Math.max(pages.length * 2, pageCount + later.pageCount));
    }
    System.arraycopy(later.pages, 0, pages, pageCount, later.pageCount);
    pageCount += later.pageCount;
    current = later.current;
    used = later.used;
    return shift;
  }

  private void reserve(int length) {
    if (used + length <= current.length) {
      return;
    }
    if (used + length <= PAGE_CAPACITY) {
      // The last page grows by doubling until it is a full page; addresses in it stay valid.
      current =
          Arrays.copyOf(
              current, Math.min(PAGE_CAPACITY, Math.max(current.length * 2, used + length)));
      pages[pageCount - 1] = current;
      return;
    }
    if (pageCount == MAX_PAGES) {
      throw tooMuchText();
    }
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, pages.length * 2);
    }
    // A record longer than a page gets a page of its own, so it still starts at offset 0.
    current = new byte[Math.max(PAGE_CAPACITY, length)];
    pages[pageCount++] = current;
    used = 0;
  }

  private static DataException tooMuchText() {
    return new DataException(
        "the ids and names hold more than 2 GiB of text, more than segment keeps in memory;"
            + " split the file");
  }

  private static int putInt(byte[] p, int at, int v) {
    p[at] = (byte) (v >>> 24);
    p[at + 1] = (byte) (v >>> 16);
    p[at + 2] = (byte) (v >>> 8);
    p[at + 3] = (byte) v;
    return at + 4;
  }

  private static int getInt(byte[] p, int at) {
    return (p[at] & 0xFF) << 24
        | (p[at + 1] & 0xFF) << 16
        | (p[at + 2] & 0xFF) << 8
        | (p[at + 3] & 0xFF);
  }

  byte[] page(int address) {
    return pages[address >>> PAGE_BITS];
  }

  int idLength(int address) {
    byte[] p = page(address);
    int at = address & OFFSET_MASK;
    return p[at] >= 0 ? p[at] : getInt(p, at + 1);
  }

  /** Offset in {@link #page} of the id's first byte. */
  int idStart(int address) {
    int at = address & OFFSET_MASK;
    return page(address)[at] >= 0 ? at + 2 : at + LONG_HEADER;
  }

  int nameLength(int address) {
    byte[] p = page(address);
    int at = address & OFFSET_MASK;
    return p[at] >= 0 ? p[at + 1] : getInt(p, at + 5);
  }

  String id(int address) {
    return decode(page(address), idStart(address), idLength(address));
  }

  String name(int address) {
    return decode(page(address), idStart(address) + idLength(address), nameLength(address));
  }

  private static String decode(byte[] page, int from, int length) {
    return length == 0 ? "" : new String(page, from, length, StandardCharsets.UTF_8);
  }

  /** The byte at {@code k} of the id at {@code address}, 0–255. */
  int idByte(int address, int k) {
    return page(address)[idStart(address) + k] & 0xFF;
  }

  /** True when the record's id is {@code other[0, length)}. */
  boolean idEquals(int address, byte[] other, int length) {
    return idEquals(address, other, 0, length);
  }

  /** True when the record's id is {@code other[from, from + length)}. */
  boolean idEquals(int address, byte[] other, int from, int length) {
    if (idLength(address) != length) {
      return false;
    }
    int at = idStart(address);
    return Arrays.equals(page(address), at, at + length, other, from, from + length);
  }

  /**
   * Compares two records' ids as {@link String#compareTo} compares them (UTF-16 code units). UTF-8
   * bytes sort like code points, which differs from code units only past ASCII, so the first
   * differing byte decides when both are ASCII and the ids are decoded otherwise.
   */
  int compareIds(int a, int b) {
    byte[] pa = page(a);
    byte[] pb = page(b);
    int oa = idStart(a);
    int ob = idStart(b);
    int la = idLength(a);
    int lb = idLength(b);
    int at = Arrays.mismatch(pa, oa, oa + la, pb, ob, ob + lb);
    if (at < 0) {
      return 0;
    }
    if (at == la || at == lb) {
      return la - lb;
    }
    int x = pa[oa + at];
    int y = pb[ob + at];
    if (x >= 0 && y >= 0) {
      return x - y;
    }
    return id(a).compareTo(id(b));
  }

  static int hash(byte[] bytes, int from, int length) {
    int h = 0x9E3779B9;
    for (int k = from; k < from + length; k++) {
      h = 31 * h + bytes[k];
    }
    // Spread the bits: linear probing keys on the low bits, and sequential ids differ at the end.
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}

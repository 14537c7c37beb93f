package dev.segment.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Short texts (ids, names) stored back to back as UTF-8 bytes in pages of up to 1 MiB, addressed by
 * an int (page number and offset) plus a length, so millions of texts cost their bytes and eight
 * bytes each instead of a String object apiece. Pages never move once full, so growing never copies
 * more than the last page.
 */
final class TextArena {
  private static final int PAGE_BITS = 20;
  private static final int PAGE_SIZE = 1 << PAGE_BITS;
  private static final int OFFSET_MASK = PAGE_SIZE - 1;
  private static final int MAX_PAGES = 1 << (Integer.SIZE - 1 - PAGE_BITS);

  private byte[][] pages = new byte[4][];
  private int pageCount;
  private byte[] current;
  private int used;

  TextArena() {
    current = new byte[4096];
    pages[pageCount++] = current;
  }

  /** Stores {@code bytes[from, from + length)} and returns its address. */
  int add(byte[] bytes, int from, int length) {
    if (length == 0) {
      return 0;
    }
    if (used + length > current.length) {
      if (used + length <= PAGE_SIZE) {
        // The last page grows by doubling until it is a full page; addresses in it stay valid.
        current = Arrays.copyOf(current, Math.min(PAGE_SIZE, Math.max(current.length * 2,
            used + length)));
        pages[pageCount - 1] = current;
      } else {
        newPage(Math.max(PAGE_SIZE, length));
      }
    }
    int address = ((pageCount - 1) << PAGE_BITS) | used;
    System.arraycopy(bytes, from, current, used, length);
    used += length;
    return address;
  }

  private void newPage(int size) {
    if (pageCount == MAX_PAGES) {
      throw new DataException(
          "the ids and names hold more than 2 GiB of text, more than segment keeps in memory;"
              + " split the file");
    }
    if (pageCount == pages.length) {
      pages = Arrays.copyOf(pages, pages.length * 2);
    }
    current = new byte[size];
    pages[pageCount++] = current;
    used = 0;
  }

  byte[] page(int address) {
    return pages[address >>> PAGE_BITS];
  }

  static int offset(int address) {
    return address & OFFSET_MASK;
  }

  String decode(int address, int length) {
    if (length == 0) {
      return "";
    }
    return new String(page(address), offset(address), length, StandardCharsets.UTF_8);
  }

  /** The byte at {@code k} of the text at {@code address}, 0–255. */
  int byteAt(int address, int k) {
    return page(address)[offset(address) + k] & 0xFF;
  }

  boolean equals(int address, int length, byte[] other, int otherLength) {
    if (length != otherLength) {
      return false;
    }
    int at = offset(address);
    return Arrays.equals(page(address), at, at + length, other, 0, otherLength);
  }

  /**
   * Compares two texts as {@link String#compareTo} compares them (UTF-16 code units). UTF-8 bytes
   * sort like code points, which differs from code units only past ASCII, so the first differing
   * byte decides when both are ASCII and the strings are decoded otherwise.
   */
  int compare(int a, int aLength, int b, int bLength) {
    byte[] pa = page(a);
    byte[] pb = page(b);
    int oa = offset(a);
    int ob = offset(b);
    int at = Arrays.mismatch(pa, oa, oa + aLength, pb, ob, ob + bLength);
    if (at < 0) {
      return 0;
    }
    if (at == aLength || at == bLength) {
      return aLength - bLength;
    }
    int x = pa[oa + at];
    int y = pb[ob + at];
    if (x >= 0 && y >= 0) {
      return x - y;
    }
    return decode(a, aLength).compareTo(decode(b, bLength));
  }

  /** Bytes held, for the memory figures in docs/PERFORMANCE.md. */
  long bytes() {
    long total = 0;
    for (int p = 0; p < pageCount; p++) {
      total += pages[p].length;
    }
    return total;
  }
}

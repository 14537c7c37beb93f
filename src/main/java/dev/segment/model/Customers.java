package dev.segment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The customers of one input file after rows with the same id were summed, in order of first
 * appearance, held as columns: MRR as unscaled longs at one decimal scale (the file's largest), ids
 * and names as UTF-8 bytes in a {@link TextArena}, and the kept input columns when asked for.
 *
 * <p>Indexes are 0-based customer positions, not ranks; {@link ParetoCurve} gives the rank order. A
 * customer costs 24 bytes here plus its id and name text (about 34 bytes for an 8-character id and
 * a 26-byte name); {@code --keep-columns} adds a String per kept cell.
 */
public final class Customers {
  private final TextArena text;
  private final int[] idAt;
  private final int[] idLength;
  private final int[] nameAt;
  private final int[] nameLength;
  private final boolean idsSortAsBytes;
  private final long[] mrr;
  private final int scale;
  private final long[] arr;
  private final int arrScale;
  private final List<String> keptHeaders;
  private final String[][] kept;

  private Customers(Builder b, long[] mrr, int scale, long[] arr, int arrScale) {
    int n = b.size;
    this.text = b.text;
    this.idAt = Arrays.copyOf(b.idAt, n);
    this.idLength = Arrays.copyOf(b.idLength, n);
    this.nameAt = Arrays.copyOf(b.nameAt, n);
    this.nameLength = Arrays.copyOf(b.nameLength, n);
    this.idsSortAsBytes = b.idsSortAsBytes;
    this.mrr = mrr;
    this.scale = scale;
    this.arr = arr;
    this.arrScale = arrScale;
    this.keptHeaders = b.keptHeaders;
    this.kept = b.kept == null ? null : Arrays.copyOf(b.kept, n);
  }

  public int size() {
    return mrr.length;
  }

  /** The customer's id, decoded from the arena on each call. */
  public String id(int i) {
    return text.decode(idAt[i], idLength[i]);
  }

  /** The customer's name, or the empty string when the input has none. */
  public String name(int i) {
    return text.decode(nameAt[i], nameLength[i]);
  }

  /** Compares two customers' ids as {@link String#compareTo} would, without decoding ASCII ids. */
  public int compareIds(int a, int b) {
    return text.compare(idAt[a], idLength[a], idAt[b], idLength[b]);
  }

  /**
   * True when comparing ids byte by byte ({@link #idByte}, shorter first) gives {@link
   * String#compareTo}'s order: no id holds a character from U+E000 up, where UTF-8's code point
   * order and UTF-16's code unit order part.
   */
  public boolean idsSortAsBytes() {
    return idsSortAsBytes;
  }

  /** The length of the customer's id in UTF-8 bytes. */
  public int idByteLength(int i) {
    return idLength[i];
  }

  /** Byte {@code k} (0–255) of the customer's id in UTF-8. */
  public int idByte(int i, int k) {
    return text.byteAt(idAt[i], k);
  }

  /** MRR at {@link #scale()} decimals: {@code mrr(i) == unscaledMrr(i) × 10^-scale}. */
  public long unscaledMrr(int i) {
    return mrr[i];
  }

  public int scale() {
    return scale;
  }

  public BigDecimal mrr(int i) {
    return BigDecimal.valueOf(mrr[i], scale);
  }

  /** True when the file gave annual amounts ({@code --arr-column}); MRR is then ARR/12. */
  public boolean readAsArr() {
    return arr != null;
  }

  /** ARR as read (summed per customer) with {@code --arr-column}, else MRR × 12, exact. */
  public BigDecimal arr(int i) {
    return arr != null
        ? BigDecimal.valueOf(arr[i], arrScale)
        : BigDecimal.valueOf(mrr[i], scale).multiply(BigDecimal.valueOf(12));
  }

  /** Names of the input columns carried into {@code tiers.csv}, in input order. */
  public List<String> keptHeaders() {
    return keptHeaders;
  }

  /** The kept column's value for customer i: from the customer's first row that has one, or "". */
  public String kept(int i, int column) {
    String[] row = kept == null ? null : kept[i];
    return row == null || row[column] == null ? "" : row[column];
  }

  /**
   * Sums rows into customers. Amounts arrive as unscaled longs at their own scale; when a row has
   * more decimals than any before it, every sum so far is rescaled, so no input digit is ever lost.
   * Sums that overflow a long are a {@link DataException}.
   */
  public static final class Builder {
    private static final int HASH_SEED = 0x9E3779B9;

    private final AmountKind kind;
    private final List<String> keptHeaders;
    private final TextArena text = new TextArena();
    private int[] idAt = new int[1024];
    private int[] idLength = new int[1024];
    private int[] idHash = new int[1024];
    private int[] nameAt = new int[1024];
    private int[] nameLength = new int[1024];
    private long[] amounts = new long[1024];
    private String[][] kept;
    // Open addressing, linear probing: customer index + 1 per slot, 0 for empty.
    private int[] slots = new int[2048];
    private byte[] scratch = new byte[256];
    private boolean idsSortAsBytes = true;
    private int scale;
    private int size;

    public Builder(AmountKind kind, List<String> keptHeaders) {
      this.kind = kind;
      this.keptHeaders = List.copyOf(keptHeaders);
      this.kept = keptHeaders.isEmpty() ? null : new String[1024][];
    }

    public int size() {
      return size;
    }

    /**
     * Adds one row. {@code name} may be empty; {@code keptValues} has one entry per kept header (or
     * is ignored when none are kept). Returns true when the id was new.
     */
    public boolean add(String id, String name, long unscaled, int rowScale, String[] keptValues) {
      if (rowScale > scale) {
        rescaleTo(rowScale);
      }
      long value = rowScale < scale ? times10(unscaled, scale - rowScale) : unscaled;
      int length = encode(id);
      int hash = hash(scratch, length);
      int mask = slots.length - 1;
      int slot = hash & mask;
      for (int at = slots[slot]; at != 0; at = slots[slot]) {
        int i = at - 1;
        if (idHash[i] == hash && text.equals(idAt[i], idLength[i], scratch, length)) {
          merge(i, value, name, keptValues);
          return false;
        }
        slot = (slot + 1) & mask;
      }
      grow();
      int i = size++;
      slots[slot] = i + 1;
      idHash[i] = hash;
      idLength[i] = length;
      idAt[i] = text.add(scratch, 0, length);
      for (int k = 0; k < length && idsSortAsBytes; k++) {
        idsSortAsBytes = (scratch[k] & 0xFF) < 0xEE;
      }
      setName(i, name);
      amounts[i] = value;
      if (kept != null) {
        kept[i] = keptValues.clone();
      }
      if (size * 4L > slots.length * 3L) {
        rehash();
      }
      return true;
    }

    private void merge(int i, long value, String name, String[] keptValues) {
      amounts[i] = add(amounts[i], value);
      if (nameLength[i] == 0 && name != null && !name.isEmpty()) {
        setName(i, name);
      }
      if (kept != null) {
        String[] row = kept[i];
        for (int c = 0; c < row.length; c++) {
          if ((row[c] == null || row[c].isEmpty()) && keptValues[c] != null) {
            row[c] = keptValues[c];
          }
        }
      }
    }

    private void setName(int i, String name) {
      if (name == null || name.isEmpty()) {
        nameAt[i] = 0;
        nameLength[i] = 0;
        return;
      }
      int length = encode(name);
      nameAt[i] = text.add(scratch, 0, length);
      nameLength[i] = length;
    }

    /** UTF-8 bytes of {@code s} into {@link #scratch}; returns their count. */
    private int encode(String s) {
      int n = s.length();
      if (scratch.length < n) {
        scratch = new byte[Math.max(n, scratch.length * 2)];
      }
      for (int k = 0; k < n; k++) {
        char c = s.charAt(k);
        if (c >= 0x80) {
          byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
          if (scratch.length < utf8.length) {
            scratch = new byte[utf8.length];
          }
          System.arraycopy(utf8, 0, scratch, 0, utf8.length);
          return utf8.length;
        }
        scratch[k] = (byte) c;
      }
      return n;
    }

    private static int hash(byte[] bytes, int length) {
      int h = HASH_SEED;
      for (int k = 0; k < length; k++) {
        h = 31 * h + bytes[k];
      }
      // Spread the bits: linear probing keys on the low bits, and sequential ids differ at the end.
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      return h;
    }

    private void rehash() {
      int[] bigger = new int[slots.length * 2];
      int mask = bigger.length - 1;
      for (int i = 0; i < size; i++) {
        int slot = idHash[i] & mask;
        while (bigger[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        bigger[slot] = i + 1;
      }
      slots = bigger;
    }

    public Customers build() {
      long[] sums = Arrays.copyOf(amounts, size);
      if (kind == AmountKind.MRR) {
        return new Customers(this, sums, scale, null, 0);
      }
      BigDecimal[] monthly = new BigDecimal[size];
      int mrrScale = 0;
      for (int i = 0; i < size; i++) {
        monthly[i] = monthlyOf(BigDecimal.valueOf(sums[i], scale));
        mrrScale = Math.max(mrrScale, monthly[i].scale());
      }
      long[] mrr = new long[size];
      for (int i = 0; i < size; i++) {
        mrr[i] = unscaledAt(monthly[i], mrrScale);
      }
      return new Customers(this, mrr, mrrScale, sums, scale);
    }

    /** ARR/12, exact where the division ends within 6 decimals, else rounded half-even to 6. */
    static BigDecimal monthlyOf(BigDecimal annual) {
      BigDecimal twelve = BigDecimal.valueOf(12);
      BigDecimal rounded = annual.divide(twelve, Math.max(6, annual.scale()), RoundingMode.HALF_EVEN);
      if (rounded.multiply(twelve).compareTo(annual) == 0) {
        BigDecimal exact = rounded.stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
      }
      return annual.divide(twelve, 6, RoundingMode.HALF_EVEN);
    }

    private static long unscaledAt(BigDecimal v, int scale) {
      try {
        return v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
      } catch (ArithmeticException e) {
        throw tooLarge();
      }
    }

    private void rescaleTo(int newScale) {
      int by = newScale - scale;
      for (int i = 0; i < size; i++) {
        amounts[i] = times10(amounts[i], by);
      }
      scale = newScale;
    }

    private void grow() {
      if (size == amounts.length) {
        int n = amounts.length * 2;
        idAt = Arrays.copyOf(idAt, n);
        idLength = Arrays.copyOf(idLength, n);
        idHash = Arrays.copyOf(idHash, n);
        nameAt = Arrays.copyOf(nameAt, n);
        nameLength = Arrays.copyOf(nameLength, n);
        amounts = Arrays.copyOf(amounts, n);
        if (kept != null) {
          kept = Arrays.copyOf(kept, n);
        }
      }
    }

    private static long times10(long v, int power) {
      long r = v;
      try {
        for (int p = 0; p < power; p++) {
          r = Math.multiplyExact(r, 10L);
        }
      } catch (ArithmeticException e) {
        throw tooLarge();
      }
      return r;
    }

    private static long add(long a, long b) {
      try {
        return Math.addExact(a, b);
      } catch (ArithmeticException e) {
        throw tooLarge();
      }
    }

    private static DataException tooLarge() {
      return new DataException(
          "MRR amounts are too large for their number of decimals (more than 18 significant digits"
              + " in a sum); round the input's amounts or split the file.");
    }
  }
}

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
 * customer costs 12 bytes here (its MRR and the address of its text) plus its id and name as UTF-8
 * and two header bytes; {@code --keep-columns} adds a String per kept cell.
 */
public final class Customers {
  private final TextArena text;
  private final int[] textAt;
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
    this.textAt = Arrays.copyOf(b.textAt, n);
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
    return text.id(textAt[i]);
  }

  /** The customer's name, or the empty string when the input has none. */
  public String name(int i) {
    return text.name(textAt[i]);
  }

  /** Compares two customers' ids as {@link String#compareTo} would, without decoding ASCII ids. */
  public int compareIds(int a, int b) {
    return text.compareIds(textAt[a], textAt[b]);
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
    return text.idLength(textAt[i]);
  }

  /** The length of the customer's name in UTF-8 bytes (0 when it has none). */
  public int nameByteLength(int i) {
    return text.nameLength(textAt[i]);
  }

  /**
   * Copies the customer's id as UTF-8 into {@code to} from {@code at}, which must have room for
   * {@link #idByteLength} bytes; returns the position after it. Writers use it to skip decoding.
   */
  public int copyIdBytes(int i, byte[] to, int at) {
    int address = textAt[i];
    int length = text.idLength(address);
    System.arraycopy(text.page(address), text.idStart(address), to, at, length);
    return at + length;
  }

  /** As {@link #copyIdBytes} for the name, {@link #nameByteLength} bytes. */
  public int copyNameBytes(int i, byte[] to, int at) {
    int address = textAt[i];
    int length = text.nameLength(address);
    System.arraycopy(
        text.page(address), text.idStart(address) + text.idLength(address), to, at, length);
    return at + length;
  }

  /** Byte {@code k} (0–255) of the customer's id in UTF-8. */
  public int idByte(int i, int k) {
    return text.idByte(textAt[i], k);
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
    /** How many ids' table slots are loaded at once, see {@link #prefetch}. */
    public static final int PREFETCH = 32;

    private final AmountKind kind;
    private final List<String> keptHeaders;
    private final TextArena text = new TextArena();
    private int[] textAt = new int[1024];
    private long[] amounts = new long[1024];
    private String[][] kept;
    // Open addressing, linear probing: per slot the id's hash in the high half and customer index
    // + 1 in the low, 0 for empty. With the hash at hand a probe past another id costs no look at
    // its text, which in a table of millions is two cache misses.
    private long[] slots = new long[2048];
    private byte[] scratch = new byte[256];
    private byte[] nameScratch = new byte[256];
    private boolean idsSortAsBytes = true;
    private int scale;
    private int size;
    // Written so the loads of prefetch() are not dropped as dead code.
    private long prefetched;
    // The sum of every row's |amount| at the current scale, held at Long.MAX_VALUE once it would
    // pass it: while it stays below, no running sum in any order of adding can overflow.
    private long magnitude;

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
      magnitude = saturatedSum(magnitude, Math.abs(value));
      int length = encode(id, false);
      int hash = TextArena.hash(scratch, 0, length);
      int mask = slots.length - 1;
      int slot = hash & mask;
      for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
        int i = (int) entry - 1;
        if ((int) (entry >>> 32) == hash && text.idEquals(textAt[i], scratch, length)) {
          merge(i, value, name, keptValues);
          return false;
        }
        slot = (slot + 1) & mask;
      }
      grow();
      int i = size++;
      slots[slot] = entry(hash, i);
      for (int k = 0; k < length && idsSortAsBytes; k++) {
        idsSortAsBytes = (scratch[k] & 0xFF) < 0xEE;
      }
      int nameLength = name == null ? 0 : encode(name, true);
      textAt[i] = text.add(scratch, 0, length, nameScratch, 0, nameLength);
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
      if (name != null && !name.isEmpty() && text.nameLength(textAt[i]) == 0) {
        // Rare: the first row had no name. The record is written again with one.
        byte[] page = text.page(textAt[i]);
        int idLength = text.idLength(textAt[i]);
        byte[] id =
            Arrays.copyOfRange(page, text.idStart(textAt[i]), text.idStart(textAt[i]) + idLength);
        int nameLength = encode(name, true);
        textAt[i] = text.add(id, 0, idLength, nameScratch, 0, nameLength);
      }
      mergeKept(i, keptValues);
    }

    private void mergeKept(int i, String[] keptValues) {
      if (kept != null) {
        String[] row = kept[i];
        for (int c = 0; c < row.length; c++) {
          if ((row[c] == null || row[c].isEmpty()) && keptValues[c] != null) {
            row[c] = keptValues[c];
          }
        }
      }
    }

    /**
     * Adds the customers of {@code later}, a builder fed the rows that follow this one's in the
     * same input, with the result {@link #add} would have given had those rows come here one by
     * one: customers first seen there are appended in their order, sums of ids seen in both are
     * added, and the first non-empty name and kept values still win. Only overflow can tell the two
     * apart (one by one, a running sum may pass the limit and come back); {@link #magnitudeAt} says
     * when it cannot happen. The later builder's text is taken over, not copied; it must not be
     * used again.
     */
    public void absorb(Builder later) {
      if (later.scale > scale) {
        rescaleTo(later.scale);
      }
      int by = scale - later.scale;
      magnitude = saturatedSum(magnitude, later.magnitudeAt(scale));
      int shift = text.adopt(later.text);
      later.slots = null;
      reserveFor(size + later.size);
      idsSortAsBytes &= later.idsSortAsBytes;
      int mask = slots.length - 1;
      int[] hashes = new int[PREFETCH];
      for (int from = 0; from < later.size; from += PREFETCH) {
        int to = Math.min(later.size, from + PREFETCH);
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
          int at = later.textAt[j] + shift;
          long value = by == 0 ? later.amounts[j] : times10(later.amounts[j], by);
          String[] laterKept = later.kept == null ? null : later.kept[j];
          absorbOne(hashes[j - from], at, value, laterKept);
        }
      }
    }

    private void absorbOne(int hash, int at, long value, String[] laterKept) {
      byte[] page = text.page(at);
      int start = text.idStart(at);
      int length = text.idLength(at);
      int mask = slots.length - 1;
      int slot = hash & mask;
      for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
        int i = (int) entry - 1;
        if ((int) (entry >>> 32) == hash && text.idEquals(textAt[i], page, start, length)) {
          amounts[i] = add(amounts[i], value);
          if (text.nameLength(textAt[i]) == 0 && text.nameLength(at) > 0) {
            textAt[i] = at;
          }
          mergeKept(i, laterKept);
          return;
        }
        slot = (slot + 1) & mask;
      }
      int i = size++;
      slots[slot] = entry(hash, i);
      textAt[i] = at;
      amounts[i] = value;
      if (kept != null) {
        kept[i] = laterKept;
      }
    }

    /** Room for {@code n} customers without growing the columns or the table again. */
    private void reserveFor(int n) {
      if (n > amounts.length) {
        textAt = Arrays.copyOf(textAt, n);
        amounts = Arrays.copyOf(amounts, n);
        if (kept != null) {
          kept = Arrays.copyOf(kept, n);
        }
      }
      while (n * 4L > slots.length * 3L) {
        rehash();
      }
    }

    /**
     * Loads the table slots of ids about to be {@link #add added}, all at once: in a table of
     * millions each look-up is a cache miss, and misses taken one row at a time, between the rest
     * of each row's work, cannot overlap the way a run of independent loads does.
     */
    public void prefetch(String[] ids, int n) {
      int mask = slots.length - 1;
      long touched = 0;
      for (int k = 0; k < n; k++) {
        int length = encode(ids[k], false);
        touched += slots[TextArena.hash(scratch, 0, length) & mask];
      }
      prefetched = touched;
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

    public Customers build() {
      // The look-up table is done with; dropping it first leaves room for the exact-size copies.
      slots = new long[2048];
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

    /**
     * ARR/12 rounded half-even to 6 decimals, or fewer where the quotient ends sooner (SPEC: MRR is
     * never carried at more than 6 decimals, whatever the ARR's scale).
     */
    static BigDecimal monthlyOf(BigDecimal annual) {
      BigDecimal monthly =
          annual.divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
      return monthly.scale() < 0 ? monthly.setScale(0) : monthly;
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
      magnitude = magnitudeAt(newScale);
      scale = newScale;
    }

    /** The decimals the sums are held at: the most any row so far had. */
    public int scale() {
      return scale;
    }

    /**
     * The sum of every added row's |amount| at {@code atScale} (at least {@link #scale()}), or
     * {@link Long#MAX_VALUE} when it would not fit a long. Builders whose magnitudes at their
     * largest scale add up to less than that can be {@link #absorb absorbed} with no running sum
     * overflowing, whichever order their rows came in.
     */
    public long magnitudeAt(int atScale) {
      long m = magnitude;
      for (int k = scale; k < atScale && m != Long.MAX_VALUE; k++) {
        m = m > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : m * 10;
      }
      return m;
    }

    /** a + b for a, b ≥ 0, held at {@link Long#MAX_VALUE}. */
    public static long saturatedSum(long a, long b) {
      long sum = a + b;
      return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private void grow() {
      if (size == amounts.length) {
        int n = amounts.length * 2;
        textAt = Arrays.copyOf(textAt, n);
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

package dev.segment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * The running per-customer sums of the rows read so far, with each customer's first kept values,
 * that become {@link Customers}. Amounts arrive as unscaled longs at their own scale; when a row
 * has more decimals than any before it, every sum so far is rescaled, so no input digit is ever
 * lost. Sums that overflow a long are a {@link DataException}.
 */
public final class CustomersBuilder {
  private final AmountKind kind;
  private final List<String> keptHeaders;
  private final IdTable ids = new IdTable();
  // By customer number, as the ids are numbered.
  private long[] amounts = new long[1024];
  private String[][] kept;
  private int scale;
  // The sum of every row's |amount| at the current scale, held at Long.MAX_VALUE once it would
  // pass it: while it stays below, no running sum in any order of adding can overflow.
  private long magnitude;

  public CustomersBuilder(AmountKind kind, List<String> keptHeaders) {
    this.kind = kind;
    this.keptHeaders = List.copyOf(keptHeaders);
    this.kept = keptHeaders.isEmpty() ? null : new String[1024][];
  }

  public int size() {
    return ids.size();
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
    int known = ids.size();
    int i = ids.add(id, name);
    if (i < known) {
      amounts[i] = add(amounts[i], value);
      mergeKept(i, keptValues);
      return false;
    }
    if (i == amounts.length) {
      amounts = Arrays.copyOf(amounts, i * 2);
      if (kept != null) {
        kept = Arrays.copyOf(kept, i * 2);
      }
    }
    amounts[i] = value;
    if (kept != null) {
      kept[i] = keptValues.clone();
    }
    return true;
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

  /** Loads the table slots of ids about to be {@link #add added}, see {@link IdTable#prefetch}. */
  public void prefetch(String[] ids, int n) {
    this.ids.prefetch(ids, n);
  }

  /**
   * True when builders fed consecutive stretches of one input can be {@link #absorb absorbed} into
   * the first one after another with the result {@link #add} gives one row at a time. Only overflow
   * can tell the two apart (one by one, a running sum may pass the limit and come back); it cannot
   * happen while the sum of every row's |amount|, at the stretches' largest scale, fits a long.
   */
  public static boolean absorbable(List<CustomersBuilder> stretches) {
    int scale = 0;
    for (CustomersBuilder b : stretches) {
      scale = Math.max(scale, b.scale);
    }
    long magnitude = 0;
    for (CustomersBuilder b : stretches) {
      magnitude = saturatedSum(magnitude, b.magnitudeAt(scale));
    }
    return magnitude < Long.MAX_VALUE;
  }

  /**
   * Adds the customers of {@code later}, a builder fed the rows that follow this one's in the same
   * input, with the result {@link #add} would have given had those rows come here one by one when
   * {@link #absorbable} says so: customers first seen there are appended in their order, sums of
   * ids seen in both are added, and the first non-empty name and kept values still win. The later
   * builder's text is taken over, not copied; it must not be used again.
   */
  public void absorb(CustomersBuilder later) {
    if (later.scale > scale) {
      rescaleTo(later.scale);
    }
    int by = scale - later.scale;
    magnitude = saturatedSum(magnitude, later.magnitudeAt(scale));
    int known = ids.size();
    int n = known + later.size();
    if (n > amounts.length) {
      amounts = Arrays.copyOf(amounts, n);
      if (kept != null) {
        kept = Arrays.copyOf(kept, n);
      }
    }
    int[] numbers = ids.absorb(later.ids);
    for (int j = 0; j < numbers.length; j++) {
      int i = numbers[j];
      long value = by == 0 ? later.amounts[j] : times10(later.amounts[j], by);
      String[] laterKept = later.kept == null ? null : later.kept[j];
      if (i < known) {
        amounts[i] = add(amounts[i], value);
        mergeKept(i, laterKept);
      } else {
        amounts[i] = value;
        if (kept != null) {
          kept[i] = laterKept;
        }
      }
    }
  }

  public Customers build() {
    // The look-up table is done with; dropping it first leaves room for the exact-size copies.
    ids.dropTable();
    int size = ids.size();
    long[] sums = Arrays.copyOf(amounts, size);
    long[] mrr = sums;
    int mrrScale = scale;
    if (kind == AmountKind.ARR) {
      BigDecimal[] monthly = new BigDecimal[size];
      mrrScale = 0;
      for (int i = 0; i < size; i++) {
        monthly[i] = monthlyOf(BigDecimal.valueOf(sums[i], scale));
        mrrScale = Math.max(mrrScale, monthly[i].scale());
      }
      mrr = new long[size];
      for (int i = 0; i < size; i++) {
        mrr[i] = unscaledAt(monthly[i], mrrScale);
      }
    }
    return new Customers(
        ids.text(),
        ids.addresses(),
        ids.idsSortAsBytes(),
        mrr,
        mrrScale,
        kind == AmountKind.ARR ? sums : null,
        kind == AmountKind.ARR ? scale : 0,
        keptHeaders,
        kept == null ? null : Arrays.copyOf(kept, size));
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
    for (int i = 0, n = ids.size(); i < n; i++) {
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
   * The sum of every added row's |amount| at {@code atScale} (at least {@link #scale()}), or {@link
   * Long#MAX_VALUE} when it would not fit a long.
   */
  private long magnitudeAt(int atScale) {
    long m = magnitude;
    for (int k = scale; k < atScale && m != Long.MAX_VALUE; k++) {
      m = m > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : m * 10;
    }
    return m;
  }

  /** a + b for a, b ≥ 0, held at {@link Long#MAX_VALUE}. */
  private static long saturatedSum(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
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

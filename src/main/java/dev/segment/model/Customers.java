package dev.segment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of one input file after rows with the same id were summed, in order of first
 * appearance, held as columns: MRR as unscaled longs at one decimal scale (the file's largest), ids
 * and names as strings, and the kept input columns when asked for.
 *
 * <p>Indexes are 0-based customer positions, not ranks; {@link ParetoCurve} gives the rank order.
 */
public final class Customers {
  private final String[] ids;
  private final String[] names;
  private final long[] mrr;
  private final int scale;
  private final long[] arr;
  private final int arrScale;
  private final List<String> keptHeaders;
  private final String[][] kept;

  private Customers(
      String[] ids,
      String[] names,
      long[] mrr,
      int scale,
      long[] arr,
      int arrScale,
      List<String> keptHeaders,
      String[][] kept) {
    this.ids = ids;
    this.names = names;
    this.mrr = mrr;
    this.scale = scale;
    this.arr = arr;
    this.arrScale = arrScale;
    this.keptHeaders = List.copyOf(keptHeaders);
    this.kept = kept;
  }

  public int size() {
    return ids.length;
  }

  public String id(int i) {
    return ids[i];
  }

  /** The customer's name, or the empty string when the input has none. */
  public String name(int i) {
    return names[i];
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
    String[] row = kept[i];
    return row == null || row[column] == null ? "" : row[column];
  }

  /**
   * Sums rows into customers. Amounts arrive as unscaled longs at their own scale; when a row has
   * more decimals than any before it, every sum so far is rescaled, so no input digit is ever lost.
   * Sums that overflow a long are a {@link DataException}.
   */
  public static final class Builder {
    private final AmountKind kind;
    private final List<String> keptHeaders;
    private final Map<String, Integer> index = new HashMap<>();
    private String[] ids = new String[1024];
    private String[] names = new String[1024];
    private long[] amounts = new long[1024];
    private String[][] kept;
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
      Integer at = index.get(id);
      if (at == null) {
        grow();
        int i = size++;
        index.put(id, i);
        ids[i] = id;
        names[i] = name == null ? "" : name;
        amounts[i] = value;
        if (kept != null) {
          kept[i] = keptValues.clone();
        }
        return true;
      }
      int i = at;
      amounts[i] = add(amounts[i], value);
      if (names[i].isEmpty() && name != null && !name.isEmpty()) {
        names[i] = name;
      }
      if (kept != null) {
        String[] row = kept[i];
        for (int c = 0; c < row.length; c++) {
          if ((row[c] == null || row[c].isEmpty()) && keptValues[c] != null) {
            row[c] = keptValues[c];
          }
        }
      }
      return false;
    }

    public Customers build() {
      String[] outIds = Arrays.copyOf(ids, size);
      String[] outNames = Arrays.copyOf(names, size);
      String[][] outKept = kept == null ? new String[size][] : Arrays.copyOf(kept, size);
      long[] sums = Arrays.copyOf(amounts, size);
      if (kind == AmountKind.MRR) {
        return new Customers(outIds, outNames, sums, scale, null, 0, keptHeaders, outKept);
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
      return new Customers(outIds, outNames, mrr, mrrScale, sums, scale, keptHeaders, outKept);
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
      if (size == ids.length) {
        int n = ids.length * 2;
        ids = Arrays.copyOf(ids, n);
        names = Arrays.copyOf(names, n);
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

package dev.segment.model;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The running sum of each customer (or, with {@code --parent-column}, each account), numbered as
 * the ids are, unscaled at one scale: the most decimals any row so far had. When a row has more,
 * every sum so far is rescaled, so no input digit is ever lost.
 *
 * <p>Sums are longs while the sum of every row's |amount| at the current scale (the magnitude)
 * stays below {@link Long#MAX_VALUE}: then no running sum, in any order of adding, and no total of
 * customers can overflow one. The row that would break that bound turns every sum into a {@link
 * BigInteger} (the wide form) for the rest of the file. The bound depends on the rows, not their
 * order, so parts of a file summed apart and {@link #absorb absorbed} reach the same form and sums
 * as one pass.
 *
 * <p>A row's amount comes in two steps, so the caller finds the customer only once the sums are
 * ready for it: {@link #accept(long, int)} (or {@link #accept(BigInteger, int)} for any number of
 * digits) gives the amount at the sums' scale, then {@link #add(int, long)} (or its wide twin) adds
 * it. Slots past the customers so far hold zero in either form, so a new customer's first amount is
 * added like any other.
 */
final class CustomerSums {
  /** What {@link #accept(long, int)} gives for a row the long form cannot take as it is. */
  static final long WIDE = Long.MIN_VALUE;

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // By number; amounts until the wide form, wide from then on.
  private long[] amounts;
  private BigInteger[] wide;
  private int size;
  private int scale;
  // The sum of every row's |amount| at the current scale while in the long form, where it is
  // always below Long.MAX_VALUE.
  private long magnitude;

  CustomerSums() {
    amounts = new long[1024];
  }

  private CustomerSums(long[] amounts, BigInteger[] wide, int scale) {
    this.amounts = amounts;
    this.wide = wide;
    this.size = amounts != null ? amounts.length : wide.length;
    this.scale = scale;
  }

  /** The decimals the sums are held at: the most any row so far had. */
  int scale() {
    return scale;
  }

  /** True once the sums are {@link BigInteger}s (see the class comment). */
  boolean wide() {
    return wide != null;
  }

  /**
   * The row's amount at {@link #scale()}, counted into the bound, ready for {@link #add(int,
   * long)}; or {@link #WIDE} when the row needs {@link #accept(BigInteger, int)}: it has more
   * decimals than the sums, would break the bound, or the sums are wide already.
   */
  long accept(long unscaled, int rowScale) {
    if (wide == null && rowScale <= scale) {
      long value = rowScale == scale ? unscaled : scaledUp(unscaled, scale - rowScale);
      long m = saturatedSum(magnitude, Math.abs(value));
      if (value != Long.MIN_VALUE && m < Long.MAX_VALUE) {
        magnitude = m;
        return value;
      }
    }
    return WIDE;
  }

  /**
   * Readies the sums for an amount of any number of digits: rescaled to its decimals, and wide when
   * the bound breaks. Returns the amount at {@link #scale()} for {@link #add(int, BigInteger)}, or
   * null when the sums stay long: the caller then passes the amount, which fits a long, to {@link
   * #accept(long, int)}, which takes it.
   */
  BigInteger accept(BigInteger unscaled, int rowScale) {
    if (wide == null) {
      int target = Math.max(scale, rowScale);
      BigInteger after =
          BigInteger.valueOf(magnitudeAt(target))
              .add(unscaled.abs().multiply(BigInteger.TEN.pow(target - rowScale)));
      if (after.compareTo(LONG_MAX) < 0) {
        if (target > scale) {
          rescaleTo(target);
        }
        return null;
      }
      widen();
    }
    if (rowScale > scale) {
      rescaleTo(rowScale);
    }
    return rowScale < scale ? unscaled.multiply(BigInteger.TEN.pow(scale - rowScale)) : unscaled;
  }

  /** Adds an amount {@link #accept(long, int) accepted} in the long form to sum {@code i}. */
  void add(int i, long value) {
    amounts[i] += value;
  }

  /** Adds an amount {@link #accept(BigInteger, int) accepted} in the wide form to sum {@code i}. */
  void add(int i, BigInteger value) {
    wide[i] = wide[i].add(value);
  }

  /** Room for sums {@code [0, n)}, new ones zero. */
  void room(int n) {
    if (n <= size) {
      return;
    }
    size = n;
    int old = wide == null ? amounts.length : wide.length;
    if (n <= old) {
      return;
    }
    int grown = Math.max(n, old * 2);
    if (wide == null) {
      amounts = Arrays.copyOf(amounts, grown);
    } else {
      wide = Arrays.copyOf(wide, grown);
      Arrays.fill(wide, old, grown, BigInteger.ZERO);
    }
  }

  /** Sum {@code j}, unscaled at {@link #scale()}, in either form. */
  BigInteger sum(int j) {
    return wide == null ? BigInteger.valueOf(amounts[j]) : wide[j];
  }

  /**
   * Adds the sums of {@code later}, summed from the rows that follow this one's: its sum {@code j}
   * goes into sum {@code numbers[j]}, of {@code n} sums in all from here on. The form is the one
   * the rows of both reach.
   */
  void absorb(CustomerSums later, int[] numbers, int n) {
    int target = Math.max(scale, later.scale);
    boolean staysLong =
        wide == null
            && later.wide == null
            && saturatedSum(magnitudeAt(target), later.magnitudeAt(target)) < Long.MAX_VALUE;
    if (!staysLong && wide == null) {
      widen();
    }
    if (target > scale) {
      rescaleTo(target);
    }
    int by = scale - later.scale;
    if (staysLong) {
      magnitude = saturatedSum(magnitude, later.magnitudeAt(scale));
    }
    room(n);
    BigInteger power = BigInteger.TEN.pow(by);
    // One loop for both forms: the form is the same for every customer, so the branch is free.
    for (int j = 0; j < numbers.length; j++) {
      if (staysLong) {
        add(numbers[j], by == 0 ? later.amounts[j] : scaledUp(later.amounts[j], by));
      } else {
        BigInteger value = later.sum(j);
        add(numbers[j], by == 0 ? value : value.multiply(power));
      }
    }
  }

  /**
   * The sums of the {@code n} accounts added up by customer of {@code r}, in the form of these:
   * below the long form's bound no total of customers overflows, so plain adds are exact.
   */
  CustomerSums rolledUp(ParentRollUp r, int n) {
    int size = r.size();
    CustomerSums out =
        wide == null
            ? new CustomerSums(new long[size], null, scale)
            : new CustomerSums(null, zeros(size), scale);
    for (int a = 0; a < n; a++) {
      int c = r.customerOf(a);
      if (c != ParentRollUp.NONE) {
        if (wide == null) {
          out.add(c, amounts[a]);
        } else {
          out.add(c, wide[a]);
        }
      }
    }
    return out;
  }

  /** The first {@code size} sums in the long form, or null in the wide form. */
  long[] longs(int size) {
    if (wide != null) {
      return null;
    }
    return amounts.length == size ? amounts : Arrays.copyOf(amounts, size);
  }

  /** The first {@code size} sums in the wide form, or null in the long form. */
  BigInteger[] wides(int size) {
    if (wide == null) {
      return null;
    }
    return wide.length == size ? wide : Arrays.copyOf(wide, size);
  }

  /** Leaves the long form: every sum so far becomes a BigInteger. */
  private void widen() {
    BigInteger[] w = zeros(amounts.length);
    for (int i = 0; i < size; i++) {
      w[i] = BigInteger.valueOf(amounts[i]);
    }
    wide = w;
    amounts = null;
  }

  private static BigInteger[] zeros(int n) {
    BigInteger[] z = new BigInteger[n];
    Arrays.fill(z, BigInteger.ZERO);
    return z;
  }

  private void rescaleTo(int newScale) {
    int by = newScale - scale;
    if (wide == null) {
      // The caller checked the bound at newScale, so no sum overflows.
      long power = 1;
      for (int k = 0; k < by; k++) {
        power *= 10;
      }
      for (int i = 0; i < size; i++) {
        amounts[i] *= power;
      }
      magnitude = magnitudeAt(newScale);
    } else {
      BigInteger power = BigInteger.TEN.pow(by);
      for (int i = 0; i < size; i++) {
        wide[i] = wide[i].multiply(power);
      }
    }
    scale = newScale;
  }

  /**
   * The sum of every added row's |amount| at {@code atScale} (at least {@link #scale()}), or {@link
   * Long#MAX_VALUE} when it would not fit below it (always so in the wide form).
   */
  private long magnitudeAt(int atScale) {
    if (wide != null) {
      return Long.MAX_VALUE;
    }
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

  /** v × 10^power, or {@link Long#MIN_VALUE} when that does not fit a long. */
  private static long scaledUp(long v, int power) {
    long r = v;
    for (int p = 0; p < power; p++) {
      if (r > Long.MAX_VALUE / 10 || r < -(Long.MAX_VALUE / 10)) {
        return Long.MIN_VALUE;
      }
      r *= 10;
    }
    return r;
  }
}

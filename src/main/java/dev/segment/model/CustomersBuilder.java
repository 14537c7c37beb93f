package dev.segment.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The running per-customer sums of the rows read so far, with each customer's first kept values,
 * that become {@link Customers}. Amounts arrive as unscaled integers at their own scale; when a row
 * has more decimals than any before it, every sum so far is rescaled, so no input digit is ever
 * lost.
 *
 * <p>Sums are longs while the sum of every row's |amount| at the largest scale so far fits a long:
 * then no running sum, in any order of adding, and no total of customers can overflow one. The row
 * that would break that bound turns every sum into a {@link BigInteger} (the wide form) for the
 * rest of the file. The bound depends on the rows, not their order, so parts of a file read apart
 * and {@link #absorb absorbed} reach the same form and sums as one pass.
 *
 * <p>With {@code --parent-column} ({@link #rollingUp}) the numbers are accounts rather than
 * customers: every id a row names, as its own or as its parent cell. Each account holds the sum of
 * the rows that counted toward it, its parent link and the start of its id's first used row (see
 * {@link ParentRollUp}); {@link #build} rolls them up to the top accounts.
 */
public final class CustomersBuilder {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final AmountKind kind;
  private final List<String> keptHeaders;
  private final IdTable ids = new IdTable();
  // By customer number, as the ids are numbered; amounts until the wide form, wide from then on.
  private long[] amounts = new long[1024];
  private BigInteger[] wide;
  private String[][] kept;
  private int scale;
  // The sum of every row's |amount| at the current scale while in the long form, where it is
  // always below Long.MAX_VALUE.
  private long magnitude;

  // Only with --parent-column, by account number (see ParentRollUp).
  private final boolean rollingUp;
  private int[] parentOf;
  private int[] firstStart;
  private final Set<Long> extraStarts;
  // Accounts that are the id of a row passing the filters (used or skipped for its amount).
  private final BitSet hasRow;
  // By account and kept column: the used row (counted from 0) that gave the kept value, so the
  // top account takes each column from the first row summed into it that has a value.
  private long[][] keptRow;
  private long rows;
  private int rowAccount;
  private int rowStart;
  private Optional<ParentRollUp> rolledUp = Optional.empty();

  // Only with --group-by: by customer (account, when rolling up), the index into groupNames of the
  // group cell of its first used row, or NO_GROUP before it has one; the cell of the row being
  // added waits in pendingGroup.
  private static final int NO_GROUP = -1;
  private int[] groupOf;
  private List<String> groupNames;
  private Map<String, Integer> groupIndex;
  private int pendingGroup;

  public CustomersBuilder(AmountKind kind, List<String> keptHeaders) {
    this(kind, keptHeaders, false);
  }

  /** As above; {@code rollingUp} for {@code --parent-column}: rows are added with {@link #row}. */
  public CustomersBuilder(AmountKind kind, List<String> keptHeaders, boolean rollingUp) {
    this.kind = kind;
    this.keptHeaders = List.copyOf(keptHeaders);
    this.kept = keptHeaders.isEmpty() ? null : new String[1024][];
    this.rollingUp = rollingUp;
    if (rollingUp) {
      parentOf = new int[1024];
      firstStart = new int[1024];
      Arrays.fill(parentOf, ParentRollUp.NONE);
      Arrays.fill(firstStart, ParentRollUp.NONE);
      extraStarts = new HashSet<>();
      hasRow = new BitSet();
      keptRow = kept == null ? null : new long[1024][];
    } else {
      extraStarts = null;
      hasRow = null;
    }
  }

  /**
   * {@code --group-by}: each customer's group is the cell {@link #group} gave its first used row;
   * called before any row is added.
   */
  public void grouping() {
    groupOf = new int[1024];
    Arrays.fill(groupOf, NO_GROUP);
    groupNames = new ArrayList<>();
    groupIndex = new HashMap<>();
  }

  /**
   * With {@link #grouping}: the group cell of the used row about to be added, trimmed here; an
   * empty cell is the group {@link Customers#NO_GROUP_NAME}.
   */
  public void group(String cell) {
    String name = cell.trim();
    pendingGroup = intern(name.isEmpty() ? Customers.NO_GROUP_NAME : name);
  }

  private int intern(String name) {
    Integer i = groupIndex.get(name);
    if (i == null) {
      i = groupNames.size();
      groupNames.add(name);
      groupIndex.put(name, i);
    }
    return i;
  }

  /** Notes the pending group for customer (or account) i when it has none yet. */
  private void grouped(int i) {
    if (groupOf == null) {
      return;
    }
    if (i >= groupOf.length) {
      int old = groupOf.length;
      groupOf = Arrays.copyOf(groupOf, Math.max(i + 1, old * 2));
      Arrays.fill(groupOf, old, groupOf.length, NO_GROUP);
    }
    if (groupOf[i] == NO_GROUP) {
      groupOf[i] = pendingGroup;
    }
  }

  /** Customers so far; accounts (ids and parents named) when {@link #rollingUp}. */
  public int size() {
    return ids.size();
  }

  /** True when rows roll up to their top parent account ({@code --parent-column}). */
  public boolean rollingUp() {
    return rollingUp;
  }

  /**
   * With {@code --parent-column}: notes a row of {@code id} that passed the filters, used or not.
   * The first non-empty name among the id's rows is its name, and the first non-empty {@code
   * parentCell} that is not the id itself is the account's parent. The row counts toward its parent
   * cell, else its own id; {@link #addRow} then adds its amount when the row is used.
   */
  public void row(String id, String name, String parentCell) {
    int before = ids.size();
    int x = ids.add(id, name);
    int start = x;
    if (!parentCell.isEmpty() && !parentCell.equals(id)) {
      start = ids.add(parentCell, "");
    }
    int after = ids.size();
    if (after > before) {
      room(after);
      if (wide != null) {
        Arrays.fill(wide, before, after, BigInteger.ZERO);
      }
    }
    hasRow.set(x);
    if (start != x && parentOf[x] == ParentRollUp.NONE) {
      parentOf[x] = start;
    }
    rowAccount = x;
    rowStart = start;
  }

  /**
   * Adds the amount and kept values of the row last {@link #row noted}: a used row. As {@link
   * #add(String, String, long, int, String[])}, in the long form while the bound allows.
   */
  public void addRow(long unscaled, int rowScale, String[] keptValues) {
    if (wide == null && rowScale <= scale) {
      long value = rowScale == scale ? unscaled : scaledUp(unscaled, scale - rowScale);
      long m = saturatedSum(magnitude, Math.abs(value));
      if (value != Long.MIN_VALUE && m < Long.MAX_VALUE) {
        magnitude = m;
        amounts[rowStart] += value;
        counted(keptValues);
        return;
      }
    }
    addRow(BigInteger.valueOf(unscaled), rowScale, keptValues);
  }

  /** As {@link #addRow(long, int, String[])} for an amount of any number of digits. */
  public void addRow(BigInteger unscaled, int rowScale, String[] keptValues) {
    if (wide == null) {
      int target = Math.max(scale, rowScale);
      BigInteger after =
          BigInteger.valueOf(magnitudeAt(target))
              .add(unscaled.abs().multiply(BigInteger.TEN.pow(target - rowScale)));
      if (after.compareTo(LONG_MAX) < 0) {
        if (target > scale) {
          rescaleTo(target);
        }
        addRow(unscaled.longValueExact(), rowScale, keptValues);
        return;
      }
      widen();
    }
    if (rowScale > scale) {
      rescaleTo(rowScale);
    }
    BigInteger value =
        rowScale < scale ? unscaled.multiply(BigInteger.TEN.pow(scale - rowScale)) : unscaled;
    wide[rowStart] = wide[rowStart].add(value);
    counted(keptValues);
  }

  /** The used row's account, start and kept values, once its amount is added. */
  private void counted(String[] keptValues) {
    countedToward(rowAccount, rowStart);
    grouped(rowAccount);
    if (kept != null) {
      mergeKept(rowStart, keptValues, rows);
    }
    rows++;
  }

  private void countedToward(int x, int start) {
    if (firstStart[x] == ParentRollUp.NONE) {
      firstStart[x] = start;
    } else if (firstStart[x] != start) {
      extraStarts.add((long) x << 32 | start);
    }
  }

  /** Parent mode: keeps the first non-empty value of each column, with the row it came from. */
  private void mergeKept(int s, String[] values, long row) {
    String[] have = kept[s];
    if (have == null) {
      have = new String[values.length];
      kept[s] = have;
      keptRow[s] = new long[values.length];
    }
    for (int c = 0; c < have.length; c++) {
      if ((have[c] == null || have[c].isEmpty()) && values[c] != null && !values[c].isEmpty()) {
        have[c] = values[c];
        keptRow[s][c] = row;
      }
    }
  }

  /** Parent mode: room for accounts {@code [0, n)}, new ones with no parent and no used row. */
  private void room(int n) {
    int old = wide == null ? amounts.length : wide.length;
    if (n <= old) {
      return;
    }
    int grown = Math.max(n, old * 2);
    if (wide == null) {
      amounts = Arrays.copyOf(amounts, grown);
    } else {
      wide = Arrays.copyOf(wide, grown);
    }
    if (kept != null) {
      kept = Arrays.copyOf(kept, grown);
      keptRow = Arrays.copyOf(keptRow, grown);
    }
    parentOf = Arrays.copyOf(parentOf, grown);
    firstStart = Arrays.copyOf(firstStart, grown);
    Arrays.fill(parentOf, old, grown, ParentRollUp.NONE);
    Arrays.fill(firstStart, old, grown, ParentRollUp.NONE);
  }

  /** True once the sums are {@link BigInteger}s (see the class comment). */
  public boolean wide() {
    return wide != null;
  }

  /**
   * Adds one row. {@code name} may be empty; {@code keptValues} has one entry per kept header (or
   * is ignored when none are kept). Returns true when the id was new.
   */
  public boolean add(String id, String name, long unscaled, int rowScale, String[] keptValues) {
    if (wide == null && rowScale <= scale) {
      long value = rowScale == scale ? unscaled : scaledUp(unscaled, scale - rowScale);
      long m = saturatedSum(magnitude, Math.abs(value));
      if (value != Long.MIN_VALUE && m < Long.MAX_VALUE) {
        magnitude = m;
        // Below the bound, so no sum can overflow.
        int known = ids.size();
        int i = ids.add(id, name);
        if (i < known) {
          amounts[i] += value;
          mergeKept(i, keptValues);
          return false;
        }
        grow(i);
        amounts[i] = value;
        if (kept != null) {
          kept[i] = keptValues.clone();
        }
        grouped(i);
        return true;
      }
    }
    return add(id, name, BigInteger.valueOf(unscaled), rowScale, keptValues);
  }

  /**
   * Adds one row whose amount may have any number of digits: the slow path of {@link #add(String,
   * String, long, int, String[])}, which it takes for a row that leaves the long form.
   */
  public boolean add(
      String id, String name, BigInteger unscaled, int rowScale, String[] keptValues) {
    if (wide == null) {
      int target = Math.max(scale, rowScale);
      BigInteger after =
          BigInteger.valueOf(magnitudeAt(target))
              .add(unscaled.abs().multiply(BigInteger.TEN.pow(target - rowScale)));
      if (after.compareTo(LONG_MAX) < 0) {
        if (target > scale) {
          rescaleTo(target);
        }
        return add(id, name, unscaled.longValueExact(), rowScale, keptValues);
      }
      widen();
    }
    if (rowScale > scale) {
      rescaleTo(rowScale);
    }
    BigInteger value =
        rowScale < scale ? unscaled.multiply(BigInteger.TEN.pow(scale - rowScale)) : unscaled;
    int known = ids.size();
    int i = ids.add(id, name);
    if (i < known) {
      wide[i] = wide[i].add(value);
      mergeKept(i, keptValues);
      return false;
    }
    grow(i);
    wide[i] = value;
    if (kept != null) {
      kept[i] = keptValues.clone();
    }
    grouped(i);
    return true;
  }

  private void grow(int i) {
    int length = wide == null ? amounts.length : wide.length;
    if (i == length) {
      if (wide == null) {
        amounts = Arrays.copyOf(amounts, i * 2);
      } else {
        wide = Arrays.copyOf(wide, i * 2);
      }
      if (kept != null) {
        kept = Arrays.copyOf(kept, i * 2);
      }
    }
  }

  /** Leaves the long form: every sum so far becomes a BigInteger. */
  private void widen() {
    BigInteger[] w = new BigInteger[amounts.length];
    for (int i = 0, n = ids.size(); i < n; i++) {
      w[i] = BigInteger.valueOf(amounts[i]);
    }
    wide = w;
    amounts = null;
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
   * Adds the customers of {@code later}, a builder fed the rows that follow this one's in the same
   * input, with the result {@link #add} would have given had those rows come here one by one:
   * customers first seen there are appended in their order, sums of ids seen in both are added, and
   * the first non-empty name and kept values still win. The form is the one the rows of both reach.
   * The later builder's text is taken over, not copied; it must not be used again.
   */
  public void absorb(CustomersBuilder later) {
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
    int known = ids.size();
    int n = known + later.size();
    int[] laterGroups = absorbGroups(later);
    if (rollingUp) {
      room(n);
      int[] numbers = ids.absorb(later.ids);
      groupsOfAbsorbed(later, numbers, laterGroups);
      absorbAccounts(later, numbers, by, staysLong);
      return;
    }
    if (wide == null && n > amounts.length) {
      amounts = Arrays.copyOf(amounts, n);
    } else if (wide != null && n > wide.length) {
      wide = Arrays.copyOf(wide, n);
    }
    if (kept != null && n > kept.length) {
      kept = Arrays.copyOf(kept, n);
    }
    BigInteger power = BigInteger.TEN.pow(by);
    int[] numbers = ids.absorb(later.ids);
    groupsOfAbsorbed(later, numbers, laterGroups);
    for (int j = 0; j < numbers.length; j++) {
      int i = numbers[j];
      String[] laterKept = later.kept == null ? null : later.kept[j];
      if (i < known) {
        mergeKept(i, laterKept);
      } else if (kept != null) {
        kept[i] = laterKept;
      }
      if (staysLong) {
        long value = by == 0 ? later.amounts[j] : scaledUp(later.amounts[j], by);
        amounts[i] = i < known ? amounts[i] + value : value;
      } else {
        BigInteger value = later.sum(j);
        if (by > 0) {
          value = value.multiply(power);
        }
        wide[i] = i < known ? wide[i].add(value) : value;
      }
    }
  }

  /** The later builder's group numbers as this one's, its names interned here; null without. */
  private int[] absorbGroups(CustomersBuilder later) {
    if (groupOf == null) {
      return null;
    }
    int[] to = new int[later.groupNames.size()];
    for (int g = 0; g < to.length; g++) {
      to[g] = intern(later.groupNames.get(g));
    }
    return to;
  }

  /**
   * Groups of the later builder's customers: its rows come after this builder's, so a customer with
   * a group here keeps it (its first used row is here).
   */
  private void groupsOfAbsorbed(CustomersBuilder later, int[] numbers, int[] laterGroups) {
    if (laterGroups == null) {
      return;
    }
    for (int j = 0; j < numbers.length; j++) {
      int g = j < later.groupOf.length ? later.groupOf[j] : NO_GROUP;
      if (g != NO_GROUP) {
        pendingGroup = laterGroups[g];
        grouped(numbers[j]);
      }
    }
  }

  /**
   * Parent mode's {@link #absorb}: sums by account are added; a parent link, a first start and each
   * kept value here win over the later builder's, which come after them in the input; the later
   * rows are numbered on after this builder's.
   */
  private void absorbAccounts(CustomersBuilder later, int[] numbers, int by, boolean staysLong) {
    BigInteger power = BigInteger.TEN.pow(by);
    for (int j = 0; j < numbers.length; j++) {
      int i = numbers[j];
      if (staysLong) {
        amounts[i] += by == 0 ? later.amounts[j] : scaledUp(later.amounts[j], by);
      } else {
        BigInteger value = later.sum(j);
        if (by > 0) {
          value = value.multiply(power);
        }
        wide[i] = wide[i] == null ? value : wide[i].add(value);
      }
      if (later.hasRow.get(j)) {
        hasRow.set(i);
      }
      if (parentOf[i] == ParentRollUp.NONE && later.parentOf[j] != ParentRollUp.NONE) {
        parentOf[i] = numbers[later.parentOf[j]];
      }
      if (later.firstStart[j] != ParentRollUp.NONE) {
        countedToward(i, numbers[later.firstStart[j]]);
      }
      String[] laterKept = later.kept == null ? null : later.kept[j];
      if (laterKept == null) {
        continue;
      }
      long[] laterRows = later.keptRow[j];
      for (int c = 0; c < laterRows.length; c++) {
        laterRows[c] += rows;
      }
      if (kept[i] == null) {
        kept[i] = laterKept;
        keptRow[i] = laterRows;
      } else {
        for (int c = 0; c < laterKept.length; c++) {
          String have = kept[i][c];
          if ((have == null || have.isEmpty()) && laterKept[c] != null && !laterKept[c].isEmpty()) {
            kept[i][c] = laterKept[c];
            keptRow[i][c] = laterRows[c];
          }
        }
      }
    }
    for (long pair : later.extraStarts) {
      countedToward(numbers[(int) (pair >>> 32)], numbers[(int) pair]);
    }
    rows += later.rows;
  }

  /**
   * How many accounts the build rolled up into how many parents, read from {@code column}; empty
   * before {@link #build} and without {@code --parent-column}.
   */
  public Optional<RollUp> rollUp(String column) {
    return rolledUp.map(
        r -> new RollUp(column, r.rolledUp(), r.parents(), r.levels(), r.withoutRow()));
  }

  /** Customer j's sum, unscaled at {@link #scale()}, in either form. */
  private BigInteger sum(int j) {
    return wide == null ? BigInteger.valueOf(amounts[j]) : wide[j];
  }

  public Customers build() {
    if (rollingUp) {
      return buildRolledUp();
    }
    // The look-up table is done with; dropping it first leaves room for the exact-size copies.
    ids.dropTable();
    int size = ids.size();
    return customers(
        ids.addresses(),
        wide == null ? Arrays.copyOf(amounts, size) : null,
        wide == null ? null : Arrays.copyOf(wide, size),
        kept == null ? null : Arrays.copyOf(kept, size),
        null,
        groupsOf(size, null));
  }

  /**
   * Each customer's group with {@code --group-by}, else null: customer c's own (or, rolled up, its
   * top account's own) first used row's group; {@code (none)} for a top account with no used row.
   */
  private int[] groupsOf(int size, ParentRollUp r) {
    if (groupOf == null) {
      return null;
    }
    int none = NO_GROUP;
    int[] out = new int[size];
    for (int c = 0; c < size; c++) {
      int a = r == null ? c : r.topAccount(c);
      int g = a < groupOf.length ? groupOf[a] : NO_GROUP;
      if (g == NO_GROUP) {
        if (none == NO_GROUP) {
          none = intern(Customers.NO_GROUP_NAME);
        }
        g = none;
      }
      out[c] = g;
    }
    return out;
  }

  /** Rolls accounts up to their top accounts: one customer each, as SPEC's --parent-column says. */
  private Customers buildRolledUp() {
    ids.dropTable();
    int n = ids.size();
    long[] pairs = new long[extraStarts.size()];
    int k = 0;
    for (long pair : extraStarts) {
      pairs[k++] = pair;
    }
    ParentRollUp r;
    try {
      r = new ParentRollUp(n, parentOf, firstStart, pairs, hasRow);
    } catch (ParentRollUp.Cycle c) {
      throw cycle(c.accounts());
    }
    parentOf = null;
    firstStart = null;
    int size = r.size();
    int[] accountText = ids.addresses();
    int[] textAt = new int[size];
    for (int c = 0; c < size; c++) {
      textAt[c] = accountText[r.topAccount(c)];
    }
    // Below the long form's bound no total of customers overflows, so plain adds are exact.
    long[] sums = wide == null ? new long[size] : null;
    BigInteger[] wideSums = null;
    if (wide != null) {
      wideSums = new BigInteger[size];
      Arrays.fill(wideSums, BigInteger.ZERO);
    }
    for (int a = 0; a < n; a++) {
      int c = r.customerOf(a);
      if (c == ParentRollUp.NONE) {
        continue;
      }
      if (sums != null) {
        sums[c] += amounts[a];
      } else if (wide[a] != null) {
        wideSums[c] = wideSums[c].add(wide[a]);
      }
    }
    String[][] keptOf = null;
    if (kept != null) {
      keptOf = new String[size][];
      long[][] from = new long[size][];
      for (int a = 0; a < n; a++) {
        int c = r.customerOf(a);
        if (c == ParentRollUp.NONE || kept[a] == null) {
          continue;
        }
        if (keptOf[c] == null) {
          keptOf[c] = new String[keptHeaders.size()];
          from[c] = new long[keptHeaders.size()];
        }
        for (int col = 0; col < keptOf[c].length; col++) {
          String v = kept[a][col];
          if (v != null
              && !v.isEmpty()
              && (keptOf[c][col] == null || keptRow[a][col] < from[c][col])) {
            keptOf[c][col] = v;
            from[c][col] = keptRow[a][col];
          }
        }
      }
      kept = null;
      keptRow = null;
    }
    rolledUp = Optional.of(r);
    return customers(textAt, sums, wideSums, keptOf, r.accounts(), groupsOf(size, r));
  }

  private DataException cycle(int[] accounts) {
    int[] text = ids.addresses();
    StringBuilder loop = new StringBuilder();
    int shown = Math.min(accounts.length, 6);
    for (int k = 0; k < shown; k++) {
      loop.append(ids.text().id(text[accounts[k]])).append(" → ");
    }
    loop.append(accounts.length > shown ? "…" : ids.text().id(text[accounts[0]]));
    return new DataException(
        "the parent accounts of --parent-column form a cycle: "
            + loop
            + "; a top account needs an empty parent cell");
  }

  /**
   * Customers of these text addresses and sums at {@link #scale}, by customer number: {@code sums}
   * in the long form, else {@code wideSums}.
   */
  private Customers customers(
      int[] textAt,
      long[] sums,
      BigInteger[] wideSums,
      String[][] keptOf,
      int[] accounts,
      int[] groups) {
    int size = sums != null ? sums.length : wideSums.length;
    long[] mrr = sums;
    BigInteger[] wideMrr = wideSums;
    int mrrScale = scale;
    Monthly inLongs = kind == AmountKind.ARR && sums != null ? monthlyInLongs(sums, scale) : null;
    if (inLongs != null) {
      mrr = inLongs.unscaled();
      mrrScale = inLongs.scale();
    } else if (kind == AmountKind.ARR) {
      BigDecimal[] monthly = new BigDecimal[size];
      mrrScale = 0;
      for (int i = 0; i < size; i++) {
        BigDecimal annual =
            sums != null ? BigDecimal.valueOf(sums[i], scale) : new BigDecimal(wideSums[i], scale);
        monthly[i] = monthlyOf(annual);
        mrrScale = Math.max(mrrScale, monthly[i].scale());
      }
      mrrScale = moneyScale(mrrScale, scale);
      // MRR takes the long form under the same bound as the sums: Σ|MRR| at its scale fits.
      BigInteger[] unscaled = new BigInteger[size];
      BigInteger bound = BigInteger.ZERO;
      for (int i = 0; i < size; i++) {
        unscaled[i] = monthly[i].setScale(mrrScale, RoundingMode.UNNECESSARY).unscaledValue();
        bound = bound.add(unscaled[i].abs());
      }
      if (bound.bitLength() < Long.SIZE) {
        mrr = new long[size];
        wideMrr = null;
        for (int i = 0; i < size; i++) {
          mrr[i] = unscaled[i].longValue();
        }
      } else {
        mrr = null;
        wideMrr = unscaled;
      }
    }
    boolean annual = kind == AmountKind.ARR;
    return new Customers(
        ids.text(),
        textAt,
        ids.idsSortAsBytes(),
        mrr,
        wideMrr,
        mrrScale,
        annual ? sums : null,
        annual ? wideSums : null,
        annual ? scale : 0,
        keptHeaders,
        keptOf,
        accounts,
        groups,
        groups == null ? List.of() : groupNames);
  }

  /** Unscaled MRRs at one scale. */
  record Monthly(long[] unscaled, int scale) {}

  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /**
   * What {@link #monthlyOf} gives every customer, at the fewest decimals any of them needs, worked
   * out in longs: the ARR path of a file of ten million customers (an {@code --arr-column} or
   * {@code --interval-column} read) then holds one long a customer, not two objects. Null where a
   * step would not fit a long, or the MRRs' Σ|·| would not: {@link #build} then takes the decimal
   * path, which gives the same values.
   */
  static Monthly monthlyInLongs(long[] sums, int scale) {
    long factor = scale <= MRR_DECIMALS ? POWERS_OF_TEN[MRR_DECIMALS - scale] : 1;
    long divisor;
    if (scale <= MRR_DECIMALS) {
      divisor = 12;
    } else if (scale - MRR_DECIMALS <= 17) {
      divisor = 12 * POWERS_OF_TEN[scale - MRR_DECIMALS];
    } else {
      return null;
    }
    long[] out = new long[sums.length];
    int mrrScale = 0;
    for (int i = 0; i < sums.length; i++) {
      long numerator;
      try {
        numerator = Math.multiplyExact(sums[i], factor);
      } catch (ArithmeticException e) {
        return null;
      }
      long q = numerator / divisor;
      long twice = 2 * Math.abs(numerator % divisor);
      if (twice > divisor || (twice == divisor && (q & 1) != 0)) {
        q += numerator < 0 ? -1 : 1;
      }
      out[i] = q;
      int decimals = MRR_DECIMALS;
      while (decimals > mrrScale && q % 10 == 0) {
        q /= 10;
        decimals--;
      }
      mrrScale = Math.max(mrrScale, q == 0 ? 0 : decimals);
    }
    mrrScale = moneyScale(mrrScale, scale);
    long drop = POWERS_OF_TEN[MRR_DECIMALS - mrrScale];
    long bound = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] /= drop;
      bound += Math.abs(out[i]);
      if (bound < 0) {
        return null;
      }
    }
    return new Monthly(out, mrrScale);
  }

  /**
   * The decimals MRR worked out from ARR is held at: the most any customer's ARR / 12 needs, but
   * never fewer than the ARR's own up to cents, nor one alone, so {@code 990.00} a year is {@code
   * 82.50} a month, not {@code 82.5}, and {@code 120000.00} is {@code 10000.00}. The value is the
   * same number; only trailing zeros are added, as money is read.
   */
  static int moneyScale(int needed, int arrScale) {
    int scale = Math.max(needed, Math.min(arrScale, 2));
    return scale == 1 ? 2 : scale;
  }

  /** The decimals MRR is rounded to when ARR / 12 does not end sooner. */
  private static final int MRR_DECIMALS = 6;

  /**
   * ARR/12 rounded half-even to 6 decimals, or fewer where the quotient ends sooner (SPEC: MRR is
   * never carried at more than 6 decimals, whatever the ARR's scale).
   */
  static BigDecimal monthlyOf(BigDecimal annual) {
    BigDecimal monthly =
        annual.divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return monthly.scale() < 0 ? monthly.setScale(0) : monthly;
  }

  private void rescaleTo(int newScale) {
    int by = newScale - scale;
    if (wide == null) {
      // The caller checked the bound at newScale, so no sum overflows.
      long power = 1;
      for (int k = 0; k < by; k++) {
        power *= 10;
      }
      for (int i = 0, n = ids.size(); i < n; i++) {
        amounts[i] *= power;
      }
      magnitude = magnitudeAt(newScale);
    } else {
      BigInteger power = BigInteger.TEN.pow(by);
      for (int i = 0, n = ids.size(); i < n; i++) {
        wide[i] = wide[i].multiply(power);
      }
    }
    scale = newScale;
  }

  /** The decimals the sums are held at: the most any row so far had. */
  public int scale() {
    return scale;
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

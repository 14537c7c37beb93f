package dev.segment.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The customers of the rows read so far, that become {@link Customers}: their ids and names, their
 * running sums ({@link CustomerSums}: unscaled at the largest scale so far, longs while a bound
 * allows), their first kept values ({@link KeptValues}) and, with {@code --group-by}, their first
 * group ({@link FirstGroups}). Parts of a file read apart and {@link #absorb absorbed} reach the
 * same customers as one pass.
 *
 * <p>With {@code --parent-column} ({@link #rollingUp}) the numbers are accounts rather than
 * customers: every id a row names, as its own or as its parent cell. Each account holds the sum of
 * the rows that counted toward it, and {@link ParentLinks} its parent link and the start of its
 * id's first used row (see {@link ParentRollUp}); {@link #build} rolls them up to the top accounts.
 * With ARR amounts, {@link MrrFromArr} works out each customer's MRR at the build.
 */
public final class CustomersBuilder {
  private final AmountKind kind;
  private final List<String> keptHeaders;
  private final IdTable ids = new IdTable();
  private final CustomerSums sums = new CustomerSums();
  // Null without --keep-columns, --group-by, --parent-column respectively.
  private KeptValues kept;
  private FirstGroups groups;
  private ParentLinks links;

  // Only with --parent-column: the used rows so far, and the account and start of the row last
  // noted by row().
  private long rows;
  private int rowAccount;
  private int rowStart;
  private Optional<ParentRollUp> rolledUp = Optional.empty();

  public CustomersBuilder(AmountKind kind, List<String> keptHeaders) {
    this(kind, keptHeaders, false);
  }

  /** As above; {@code rollingUp} for {@code --parent-column}: rows are added with {@link #row}. */
  public CustomersBuilder(AmountKind kind, List<String> keptHeaders, boolean rollingUp) {
    this.kind = kind;
    this.keptHeaders = List.copyOf(keptHeaders);
    this.kept = keptHeaders.isEmpty() ? null : new KeptValues(rollingUp);
    this.links = rollingUp ? new ParentLinks() : null;
  }

  /**
   * {@code --group-by}: each customer's group is the cell {@link #group} gave its first used row;
   * called before any row is added.
   */
  public void grouping() {
    groups = new FirstGroups();
  }

  /**
   * With {@link #grouping}: the group cell of the used row about to be added, trimmed here; an
   * empty cell is the group {@link Customers#NO_GROUP_NAME}.
   */
  public void group(String cell) {
    groups.pending(cell);
  }

  /** Customers so far; accounts (ids and parents named) when {@link #rollingUp}. */
  public int size() {
    return ids.size();
  }

  /** True when rows roll up to their top parent account ({@code --parent-column}). */
  public boolean rollingUp() {
    return links != null;
  }

  /** True once the sums are {@link BigInteger}s (see {@link CustomerSums}). */
  public boolean wide() {
    return sums.wide();
  }

  /** The decimals the sums are held at: the most any row so far had. */
  public int scale() {
    return sums.scale();
  }

  /** Loads the table slots of ids about to be {@link #add added}, see {@link IdTable#prefetch}. */
  public void prefetch(String[] ids, int n) {
    this.ids.prefetch(ids, n);
  }

  /**
   * Adds one row. {@code name} may be empty; {@code keptValues} has one entry per kept header (or
   * is ignored when none are kept). Returns true when the id was new.
   */
  public boolean add(String id, String name, long unscaled, int rowScale, String[] keptValues) {
    long value = sums.accept(unscaled, rowScale);
    if (value == CustomerSums.WIDE) {
      return add(id, name, BigInteger.valueOf(unscaled), rowScale, keptValues);
    }
    int known = ids.size();
    int i = customer(id, name, keptValues);
    sums.add(i, value);
    return i >= known;
  }

  /**
   * Adds one row whose amount may have any number of digits: the slow path of {@link #add(String,
   * String, long, int, String[])}, which it takes for a row that leaves the long form.
   */
  public boolean add(
      String id, String name, BigInteger unscaled, int rowScale, String[] keptValues) {
    BigInteger value = sums.accept(unscaled, rowScale);
    if (value == null) {
      return add(id, name, unscaled.longValueExact(), rowScale, keptValues);
    }
    int known = ids.size();
    int i = customer(id, name, keptValues);
    sums.add(i, value);
    return i >= known;
  }

  /** The number of the row's customer, its kept values and group noted; the amount is not. */
  private int customer(String id, String name, String[] keptValues) {
    int known = ids.size();
    int i = ids.add(id, name);
    if (i < known) {
      if (kept != null) {
        kept.merge(i, keptValues);
      }
      return i;
    }
    sums.room(i + 1);
    if (kept != null) {
      kept.room(i + 1);
      kept.first(i, keptValues);
    }
    if (groups != null) {
      groups.grouped(i);
    }
    return i;
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
    if (ids.size() > before) {
      room(ids.size());
    }
    links.row(x, start);
    rowAccount = x;
    rowStart = start;
  }

  /** Parent mode: room for accounts {@code [0, n)}, new ones with no parent and no used row. */
  private void room(int n) {
    sums.room(n);
    links.room(n);
    if (kept != null) {
      kept.room(n);
    }
  }

  /**
   * Adds the amount and kept values of the row last {@link #row noted}: a used row. As {@link
   * #add(String, String, long, int, String[])}, in the long form while the bound allows.
   */
  public void addRow(long unscaled, int rowScale, String[] keptValues) {
    long value = sums.accept(unscaled, rowScale);
    if (value == CustomerSums.WIDE) {
      addRow(BigInteger.valueOf(unscaled), rowScale, keptValues);
      return;
    }
    sums.add(rowStart, value);
    counted(keptValues);
  }

  /** As {@link #addRow(long, int, String[])} for an amount of any number of digits. */
  public void addRow(BigInteger unscaled, int rowScale, String[] keptValues) {
    BigInteger value = sums.accept(unscaled, rowScale);
    if (value == null) {
      addRow(unscaled.longValueExact(), rowScale, keptValues);
      return;
    }
    sums.add(rowStart, value);
    counted(keptValues);
  }

  /** The used row's account, start and kept values, once its amount is added. */
  private void counted(String[] keptValues) {
    links.counted(rowAccount, rowStart);
    if (groups != null) {
      groups.grouped(rowAccount);
    }
    if (kept != null) {
      kept.merge(rowStart, keptValues, rows);
    }
    rows++;
  }

  /**
   * Adds the customers of {@code later}, a builder fed the rows that follow this one's in the same
   * input, with the result {@link #add} would have given had those rows come here one by one:
   * customers first seen there are appended in their order, sums of ids seen in both are added, and
   * the first non-empty name and kept values still win. The form is the one the rows of both reach.
   * The later builder's text is taken over, not copied; it must not be used again.
   */
  public void absorb(CustomersBuilder later) {
    int known = ids.size();
    int[] numbers = ids.absorb(later.ids);
    sums.absorb(later.sums, numbers, ids.size());
    if (groups != null) {
      groups.absorb(later.groups, numbers);
    }
    if (kept != null) {
      kept.absorb(later.kept, numbers, known, rows);
    }
    if (links != null) {
      links.room(ids.size());
      links.absorb(later.links, numbers);
      rows += later.rows;
    }
  }

  /**
   * How many accounts the build rolled up into how many parents, read from {@code column}; empty
   * before {@link #build} and without {@code --parent-column}.
   */
  public Optional<RollUp> rollUp(String column) {
    return rolledUp.map(
        r -> new RollUp(column, r.rolledUp(), r.parents(), r.levels(), r.withoutRow()));
  }

  public Customers build() {
    if (links != null) {
      return buildRolledUp();
    }
    // The look-up table is done with; dropping it first leaves room for the exact-size copies.
    ids.dropTable();
    int size = ids.size();
    return customers(
        ids.addresses(),
        sums,
        kept == null ? null : kept.byCustomer(size),
        null,
        groups == null ? null : groups.byCustomer(size, null));
  }

  /** Rolls accounts up to their top accounts: one customer each, as SPEC's --parent-column says. */
  private Customers buildRolledUp() {
    ids.dropTable();
    int n = ids.size();
    ParentRollUp r;
    try {
      r = links.rollUp(n);
    } catch (ParentRollUp.Cycle c) {
      throw cycle(c.accounts());
    }
    links = null;
    int size = r.size();
    int[] accountText = ids.addresses();
    int[] textAt = new int[size];
    for (int c = 0; c < size; c++) {
      textAt[c] = accountText[r.topAccount(c)];
    }
    CustomerSums byCustomer = sums.rolledUp(r, n);
    String[][] keptOf = kept == null ? null : kept.rolledUp(r, n, keptHeaders.size());
    kept = null;
    rolledUp = Optional.of(r);
    return customers(
        textAt,
        byCustomer,
        keptOf,
        r.accounts(),
        groups == null ? null : groups.byCustomer(size, r));
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
   * Customers of these text addresses and sums, by customer number; with ARR amounts, the sums are
   * the ARR and the MRR is worked out from them.
   */
  private Customers customers(
      int[] textAt, CustomerSums sums, String[][] keptOf, int[] accounts, int[] groupOf) {
    int size = textAt.length;
    long[] longs = sums.longs(size);
    BigInteger[] wides = sums.wides(size);
    long[] mrr = longs;
    BigInteger[] wideMrr = wides;
    int mrrScale = sums.scale();
    boolean annual = kind == AmountKind.ARR;
    if (annual) {
      MrrFromArr monthly = MrrFromArr.of(longs, wides, sums.scale());
      mrr = monthly.unscaled();
      wideMrr = monthly.wide();
      mrrScale = monthly.scale();
    }
    return new Customers(
        ids.text(),
        textAt,
        ids.idsSortAsBytes(),
        mrr,
        wideMrr,
        mrrScale,
        annual ? longs : null,
        annual ? wides : null,
        annual ? sums.scale() : 0,
        keptHeaders,
        keptOf,
        accounts,
        groupOf,
        groupOf == null ? List.of() : groups.names());
  }
}

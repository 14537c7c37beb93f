package dev.segment.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The customers of one input file after rows with the same id were summed, in order of first
 * appearance, held as columns: MRR as unscaled integers at one decimal scale (the file's largest),
 * ids and names as UTF-8 bytes in a {@link TextArena}, and the kept input columns when asked for.
 *
 * <p>MRR has two forms, chosen once per file by {@link CustomersBuilder}: longs, when the sum of
 * every |amount| at that scale fits a long, so that no sum of customers can overflow one (the
 * ordinary case, and the fast one); otherwise {@link BigInteger}s, which have no limit on digits
 * ({@link #wide()}). The long accessors serve the long form only; the others serve both.
 *
 * <p>Indexes are 0-based customer positions, not ranks; {@link ParetoCurve} gives the rank order. A
 * customer costs 12 bytes here (its MRR and the address of its text) plus its id and name as UTF-8
 * and two header bytes; {@code --keep-columns} adds a String per kept cell.
 */
public final class Customers {
  private final TextArena text;
  private final int[] textAt;
  private final boolean idsSortAsBytes;
  private final int size;
  private final long[] mrr;
  private final BigInteger[] wideMrr;
  private final int scale;
  private final long[] arr;
  private final BigInteger[] wideArr;
  private final int arrScale;
  private final List<String> keptHeaders;
  private final String[][] kept;
  private final int[] accounts;
  private final int[] groups;
  private final List<String> groupNames;

  /** The group ({@code --group-by}) of a customer whose group cell is empty. */
  public static final String NO_GROUP_NAME = "(none)";

  /**
   * Takes the arrays as they are, sized to the customers: {@link CustomersBuilder} copies them. One
   * of {@code mrr} and {@code wideMrr} is null, and of {@code arr} and {@code wideArr} one or both
   * (both without {@code --arr-column}).
   */
  Customers(
      TextArena text,
      int[] textAt,
      boolean idsSortAsBytes,
      long[] mrr,
      BigInteger[] wideMrr,
      int scale,
      long[] arr,
      BigInteger[] wideArr,
      int arrScale,
      List<String> keptHeaders,
      String[][] kept,
      int[] accounts,
      int[] groups,
      List<String> groupNames) {
    this.text = text;
    this.textAt = textAt;
    this.idsSortAsBytes = idsSortAsBytes;
    this.size = mrr != null ? mrr.length : wideMrr.length;
    this.mrr = mrr;
    this.wideMrr = mrr != null ? null : wideMrr;
    this.scale = scale;
    this.arr = arr;
    this.wideArr = arr != null ? null : wideArr;
    this.arrScale = arrScale;
    this.keptHeaders = keptHeaders;
    this.kept = kept;
    this.accounts = accounts;
    this.groups = groups;
    this.groupNames = List.copyOf(groupNames);
  }

  /** True with {@code --group-by}: each customer has a {@link #group}. */
  public boolean grouped() {
    return groups != null;
  }

  /**
   * With {@code --group-by}, the customer's group: an index into {@link #groupNames}, from the
   * group cell of its first used row.
   */
  public int group(int i) {
    return groups[i];
  }

  /** Each customer's {@link #group}, indexed like the customers (a copy). */
  public int[] groups() {
    return groups.clone();
  }

  /** The groups' names, distinct, in order of first appearance; empty without grouping. */
  public List<String> groupNames() {
    return groupNames;
  }

  public int size() {
    return size;
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

  /**
   * True when MRR is held as {@link BigInteger}s: some amount or sum at the file's scale would not
   * fit a long. {@link #unscaledMrr} is then unavailable; {@link #wideMrr} serves both forms.
   */
  public boolean wide() {
    return mrr == null;
  }

  /**
   * MRR at {@link #scale()} decimals: {@code mrr(i) == unscaledMrr(i) × 10^-scale}. The long form
   * only (not {@link #wide()}).
   */
  public long unscaledMrr(int i) {
    return mrr[i];
  }

  /** MRR unscaled at {@link #scale()}, in either form. */
  public BigInteger wideMrr(int i) {
    return mrr != null ? BigInteger.valueOf(mrr[i]) : wideMrr[i];
  }

  /** -1, 0 or 1 as the customer's MRR is negative, zero or positive. */
  public int signum(int i) {
    return mrr != null ? Long.signum(mrr[i]) : wideMrr[i].signum();
  }

  /** Compares two customers' MRR. */
  public int compareMrr(int a, int b) {
    return mrr != null ? Long.compare(mrr[a], mrr[b]) : wideMrr[a].compareTo(wideMrr[b]);
  }

  public int scale() {
    return scale;
  }

  public BigDecimal mrr(int i) {
    return mrr != null ? BigDecimal.valueOf(mrr[i], scale) : new BigDecimal(wideMrr[i], scale);
  }

  /** True when the file gave annual amounts ({@code --arr-column}); MRR is then ARR/12. */
  public boolean readAsArr() {
    return arr != null || wideArr != null;
  }

  /** ARR as read (summed per customer) with {@code --arr-column}, else MRR × 12, exact. */
  public BigDecimal arr(int i) {
    if (arr != null) {
      return BigDecimal.valueOf(arr[i], arrScale);
    }
    if (wideArr != null) {
      return new BigDecimal(wideArr[i], arrScale);
    }
    return Mrr.arr(mrr(i));
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
   * True when customers are top accounts that rows were rolled up into ({@code --parent-column}).
   */
  public boolean rolledUp() {
    return accounts != null;
  }

  /**
   * With {@code --parent-column}, the number of distinct ids whose rows were summed into customer
   * {@code i} (its top account counts only when it has a row of its own); 1 without.
   */
  public int accounts(int i) {
    return accounts == null ? 1 : accounts[i];
  }
}

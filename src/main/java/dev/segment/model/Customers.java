package dev.segment.model;

import java.math.BigDecimal;
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

  /** Takes the arrays as they are, sized to the customers: {@link CustomersBuilder} copies them. */
  Customers(
      TextArena text,
      int[] textAt,
      boolean idsSortAsBytes,
      long[] mrr,
      int scale,
      long[] arr,
      int arrScale,
      List<String> keptHeaders,
      String[][] kept) {
    this.text = text;
    this.textAt = textAt;
    this.idsSortAsBytes = idsSortAsBytes;
    this.mrr = mrr;
    this.scale = scale;
    this.arr = arr;
    this.arrScale = arrScale;
    this.keptHeaders = keptHeaders;
    this.kept = kept;
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
}

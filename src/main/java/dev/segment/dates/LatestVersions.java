package dev.segment.dates;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --latest KEY,ORDER}: of the rows sharing a KEY cell, the one with the greatest ORDER cell,
 * compared as dates (date-times to the second with their offsets) when every non-empty ORDER cell
 * is one, else as plain numbers when every one is, else as text in code-unit order; an empty ORDER
 * is the least, and a tie goes to the later row. The kind is known only once every row is seen, so
 * each key keeps its best row under all three orders and {@link #olderVersions} picks at the end.
 * Rows are numbered by the caller (their ordinal in the file); a row with an empty KEY stands
 * alone.
 */
public final class LatestVersions {
  private final DateFormat format;
  private final Map<String, Best> keys = new HashMap<>();
  private final BitSet keyed = new BitSet();
  private boolean allDates = true;
  private boolean allNumbers = true;

  public LatestVersions(DateFormat format) {
    this.format = format;
  }

  /** One key's best row under each order. */
  private static final class Best {
    long instant = Long.MIN_VALUE;
    long instantRow = -1;
    BigDecimal number;
    long numberRow = -1;
    String text;
    long textRow = -1;
  }

  /** Reads one row: its KEY and ORDER cells and its ordinal (rows are given in file order). */
  public void add(String keyCell, String orderCell, long row) {
    String key = keyCell.strip();
    if (key.isEmpty()) {
      return;
    }
    keyed.set(Math.toIntExact(row));
    String order = orderCell.strip();
    Best best = keys.computeIfAbsent(key, k -> new Best());
    boolean empty = order.isEmpty();
    if (allDates) {
      long instant = empty ? Long.MIN_VALUE : CellDates.instant(order, format);
      if (!empty && instant == CellDates.NOT_AN_INSTANT) {
        allDates = false;
      } else if (instant >= best.instant) {
        best.instant = instant;
        best.instantRow = row;
      }
    }
    if (allNumbers) {
      BigDecimal number = empty ? null : plainNumber(order);
      if (!empty && number == null) {
        allNumbers = false;
      } else if (best.numberRow < 0
          || number == null && best.number == null
          || number != null && (best.number == null || number.compareTo(best.number) >= 0)) {
        best.number = number;
        best.numberRow = row;
      }
    }
    if (best.text == null || order.compareTo(best.text) >= 0) {
      best.text = order;
      best.textRow = row;
    }
  }

  /** How the ORDER cells were compared: {@code dates}, {@code numbers} or {@code text}. */
  public String comparedAs() {
    return allDates ? "dates" : allNumbers ? "numbers" : "text";
  }

  /** The ordinals of rows that are not their key's newest version. */
  public BitSet olderVersions() {
    BitSet older = (BitSet) keyed.clone();
    for (Best best : keys.values()) {
      long winner = allDates ? best.instantRow : allNumbers ? best.numberRow : best.textRow;
      older.clear(Math.toIntExact(winner));
    }
    return older;
  }

  /** A plain number: an optional {@code -}, digits, at most one {@code .} with digits around. */
  static BigDecimal plainNumber(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' && !point) {
        point = true;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return null;
      }
    }
    return digits == 0
        ? null
        : new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
  }
}

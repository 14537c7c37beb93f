package dev.segment.model;

import java.util.Arrays;

/**
 * The cells of {@code --keep-columns} by customer (or, with {@code --parent-column}, by account),
 * numbered as the ids are: each column's first non-empty value among the rows summed into it. An
 * account also holds the used row (counted from 0) each value came from, so the top account it
 * rolls up into takes each column from the first row summed into it that has a value.
 */
final class KeptValues {
  private String[][] kept = new String[1024][];
  // Only with --parent-column: by account and column, the row that gave the value.
  private long[][] keptRow;

  KeptValues(boolean byRow) {
    keptRow = byRow ? new long[1024][] : null;
  }

  /** Room for customers or accounts {@code [0, n)}. */
  void room(int n) {
    if (n > kept.length) {
      int grown = Math.max(n, kept.length * 2);
      kept = Arrays.copyOf(kept, grown);
      if (keptRow != null) {
        keptRow = Arrays.copyOf(keptRow, grown);
      }
    }
  }

  /** A new customer's values: its first row's. */
  void first(int i, String[] values) {
    kept[i] = values.clone();
  }

  /** A known customer's row: fills the columns it has no value for yet. */
  void merge(int i, String[] values) {
    String[] row = kept[i];
    for (int c = 0; c < row.length; c++) {
      if ((row[c] == null || row[c].isEmpty()) && values[c] != null) {
        row[c] = values[c];
      }
    }
  }

  /** Parent mode: keeps the first non-empty value of each column, with the row it came from. */
  void merge(int s, String[] values, long row) {
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

  /**
   * Takes over the values of {@code later}, kept from the rows that follow this one's: its customer
   * {@code j} is {@code numbers[j]} here, new from {@code known} on; with rows, its rows are
   * numbered on after the {@code rows} here. Values here win, as their rows come first.
   */
  void absorb(KeptValues later, int[] numbers, int known, long rows) {
    room(known + numbers.length);
    for (int j = 0; j < numbers.length; j++) {
      int i = numbers[j];
      String[] laterKept = later.kept[j];
      if (keptRow == null) {
        if (i < known) {
          merge(i, laterKept);
        } else {
          kept[i] = laterKept;
        }
      } else if (laterKept != null) {
        absorbAccount(i, laterKept, later.keptRow[j], rows);
      }
    }
  }

  private void absorbAccount(int i, String[] laterKept, long[] laterRows, long rows) {
    for (int c = 0; c < laterRows.length; c++) {
      laterRows[c] += rows;
    }
    if (kept[i] == null) {
      kept[i] = laterKept;
      keptRow[i] = laterRows;
      return;
    }
    for (int c = 0; c < laterKept.length; c++) {
      String have = kept[i][c];
      if ((have == null || have.isEmpty()) && laterKept[c] != null && !laterKept[c].isEmpty()) {
        kept[i][c] = laterKept[c];
        keptRow[i][c] = laterRows[c];
      }
    }
  }

  /** The first {@code size} customers' values. */
  String[][] byCustomer(int size) {
    return Arrays.copyOf(kept, size);
  }

  /**
   * Parent mode: the values of each customer of {@code r}, {@code columns} of them, from the {@code
   * n} accounts rolled into it: each column's value of the earliest row that had one.
   */
  String[][] rolledUp(ParentRollUp r, int n, int columns) {
    String[][] keptOf = new String[r.size()][];
    long[][] from = new long[r.size()][];
    for (int a = 0; a < n; a++) {
      int c = r.customerOf(a);
      if (c == ParentRollUp.NONE || kept[a] == null) {
        continue;
      }
      if (keptOf[c] == null) {
        keptOf[c] = new String[columns];
        from[c] = new long[columns];
      }
      for (int col = 0; col < columns; col++) {
        String v = kept[a][col];
        if (v != null
            && !v.isEmpty()
            && (keptOf[c][col] == null || keptRow[a][col] < from[c][col])) {
          keptOf[c][col] = v;
          from[c][col] = keptRow[a][col];
        }
      }
    }
    return keptOf;
  }
}

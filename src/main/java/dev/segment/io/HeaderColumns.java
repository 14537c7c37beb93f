package dev.segment.io;

import dev.segment.hints.Names;
import dev.segment.model.DataException;
import dev.segment.text.PrintableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One file's header as column matching sees it: the names as written, their normalised forms, and
 * the file's label, with the wording every message about a column uses.
 */
final class HeaderColumns {
  private static final int SHOWN_COLUMNS = 50;

  private final List<String> header;
  private final String[] normal;
  private final String label;

  HeaderColumns(List<String> header, String label) {
    this.header = List.copyOf(header);
    this.label = label;
    this.normal = new String[this.header.size()];
    for (int i = 0; i < normal.length; i++) {
      normal[i] = Names.normal(this.header.get(i));
    }
  }

  int size() {
    return normal.length;
  }

  /** The name of column {@code i} as the header wrote it. */
  String name(int i) {
    return header.get(i);
  }

  /** The normalised name of column {@code i}. */
  String normal(int i) {
    return normal[i];
  }

  /** Every normalised name, in column order. */
  List<String> normals() {
    return List.of(normal);
  }

  /** The columns whose header is exactly {@code value}. */
  List<Integer> exactly(String value) {
    List<Integer> exact = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(value)) {
        exact.add(i);
      }
    }
    return exact;
  }

  /**
   * The first column whose normalised name is one of {@code names} and that is none of {@code
   * filters} and {@code taken} (-1 in {@code taken} stands for no column), or -1: a column read for
   * nothing else.
   */
  int firstFree(Set<String> names, int[] filters, int... taken) {
    for (int i = 0; i < normal.length; i++) {
      if (names.contains(normal[i]) && !among(filters, i) && !among(taken, i)) {
        return i;
      }
    }
    return -1;
  }

  static boolean among(int[] columns, int column) {
    for (int c : columns) {
      if (c == column) {
        return true;
      }
    }
    return false;
  }

  /** A problem with this file's columns, prefixed with its label. */
  DataException problem(String message) {
    return new DataException(label + ": " + message);
  }

  /** {@code Name (column 3)}. */
  String describe(int column) {
    return shown(header.get(column)) + " (column " + (column + 1) + ")";
  }

  String describe(List<Integer> found) {
    StringBuilder out = new StringBuilder();
    for (int i : found) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(describe(i));
    }
    return out.toString();
  }

  /** The header as a list for messages, cut short for very wide or odd headers. */
  String columns() {
    StringBuilder out = new StringBuilder("[");
    int n = Math.min(header.size(), SHOWN_COLUMNS);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(shown(header.get(i)));
    }
    if (header.size() > n) {
      out.append(", … ").append(header.size() - n).append(" more");
    }
    return out.append(']').toString();
  }

  /** A header cell as messages quote it: clipped to printable text, {@code ""} when blank. */
  static String shown(String cell) {
    if (cell.isBlank()) {
      return "\"\"";
    }
    return PrintableText.clip(cell);
  }
}

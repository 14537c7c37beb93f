package dev.segment.io;

import java.util.List;

/**
 * Which input columns to carry into {@code tiers.csv}: none, all but the id, amount and name
 * columns, or the named ones (each a header name or a 1-based index), always in input order.
 */
public record KeepColumns(boolean all, List<String> names) {
  /** Keep no input column (the default). */
  public static final KeepColumns NONE = new KeepColumns(false, List.of());

  /** Keep every input column other than the id, amount and name columns. */
  public static final KeepColumns ALL = new KeepColumns(true, List.of());

  public KeepColumns {
    names = List.copyOf(names);
    if (all && !names.isEmpty()) {
      throw new IllegalArgumentException("keep all columns or name them, not both");
    }
  }

  /** Keep these columns: header names or 1-based indexes. */
  public static KeepColumns of(List<String> names) {
    return new KeepColumns(false, names);
  }

  public boolean none() {
    return !all && names.isEmpty();
  }
}

package dev.segment.model;

import java.util.List;

/**
 * The distinct values of one input column with the rows holding each: the most frequent first (ties
 * by value), then how many other values and rows there were.
 *
 * @param top the most frequent values, at most {@link #SHOWN}
 * @param otherValues distinct values beyond {@code top}; a lower bound when {@code capped}
 * @param otherRows rows holding those other values
 * @param capped true when the column had more distinct values than segment counts one by one
 */
public record ValueCounts(List<Value> top, long otherValues, long otherRows, boolean capped) {
  /** How many values the report lists before "and N others". */
  public static final int SHOWN = 10;

  /** One value, trimmed as the input wrote it, and the rows holding it. */
  public record Value(String value, long rows) {}

  public ValueCounts {
    top = List.copyOf(top);
  }

  /** Every row counted, listed or not. */
  public long rows() {
    long n = otherRows;
    for (Value v : top) {
      n += v.rows();
    }
    return n;
  }
}

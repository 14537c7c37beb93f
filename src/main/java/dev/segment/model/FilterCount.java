package dev.segment.model;

/**
 * The data rows one {@code --where} expression filtered out: rows that failed it and every
 * expression before it held for (a row is counted once, under the first expression it fails).
 *
 * @param expression the expression as given, e.g. {@code Status=active,past_due}
 */
public record FilterCount(String expression, long rows) {
  public FilterCount {
    if (rows < 0) {
      throw new IllegalArgumentException("filtered rows cannot be negative: " + rows);
    }
  }
}

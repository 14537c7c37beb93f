package dev.segment.model;

import java.util.Locale;

/**
 * The data rows one rule filtered out: a {@code --where} expression (rows that failed it and every
 * expression before it held for: a row is counted once, under the first rule it fails), or one of
 * the rules of SPEC "MRR on a date" (an older version, a period not covering the date, a date
 * outside the trailing window).
 *
 * @param expression the {@code --where} expression as given ({@code Status=active,past_due}), or
 *     for another reason the option that filtered ({@code --period-columns start,end})
 * @param reason why the rows were filtered
 */
public record FilterCount(String expression, long rows, Reason reason) {
  /** Why rows were filtered; the report and JSON say it in these words. */
  public enum Reason {
    WHERE,
    OLDER_VERSION,
    PERIOD,
    DATE;

    /** {@code where}, {@code older version}, {@code period}, {@code date}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  public FilterCount {
    if (rows < 0) {
      throw new IllegalArgumentException("filtered rows cannot be negative: " + rows);
    }
    if (reason == null || expression == null) {
      throw new NullPointerException("expression and reason must not be null");
    }
  }

  /** A {@code --where} expression's count. */
  public FilterCount(String expression, long rows) {
    this(expression, rows, Reason.WHERE);
  }
}

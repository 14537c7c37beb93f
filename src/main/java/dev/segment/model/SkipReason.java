package dev.segment.model;

/** Why a data row was not used. */
public enum SkipReason {
  MISSING_ID("missing id"),
  EMPTY_MRR("empty MRR"),
  NON_NUMERIC_MRR("non-numeric MRR"),
  SHIFTED_COLUMNS("more cells than the header (an unquoted delimiter?)"),
  INTERVAL("empty or unknown billing interval or count"),
  QUANTITY("quantity not a number >= 0"),
  /** A date column's cell is no date (SPEC "MRR on a date": reason {@code date}). */
  DATE("bad date"),
  /** A service period of 0 days, or an END before START (reason {@code period}). */
  PERIOD("0-day or reversed period"),
  /** A rate column's cell is empty, non-numeric or not positive (reason {@code rate}). */
  RATE("empty or non-positive rate");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** A few words for the report: "non-numeric MRR". */
  public String description() {
    return description;
  }
}

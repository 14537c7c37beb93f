package dev.segment.model;

import java.util.Optional;

/**
 * One thing the cells said about how the file was read: a warning (the reading is in doubt; {@code
 * --strict} refuses it) or a note (worth knowing, never refused).
 *
 * @param warning true for a warning, false for a note
 * @param kind a short stable name for scripts ({@code status}, {@code cents}, {@code ledger} …)
 * @param text the sentence the report, page, JSON and standard error show
 * @param column the input column it is about, when there is one
 * @param option the option it suggests, when there is one
 * @param values the column's values with their rows, when the hint lists them
 */
public record ReadHint(
    boolean warning,
    String kind,
    String text,
    Optional<String> column,
    Optional<String> option,
    Optional<ValueCounts> values) {
  public ReadHint {
    if (kind == null || text == null || column == null || option == null || values == null) {
      throw new NullPointerException("read hint parts must not be null");
    }
  }
}

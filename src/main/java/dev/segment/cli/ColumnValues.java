package dev.segment.cli;

import java.util.List;
import java.util.Optional;

/**
 * A column as every column option takes it: a header name or a 1-based index. A malformed one is an
 * {@link IllegalArgumentException}, which the command reports as a usage error (exit 2).
 */
final class ColumnValues {
  private ColumnValues() {}

  /** The column given to {@code option}, or empty when the option was not given. */
  static Optional<String> column(String value, String option) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(option + " needs a column name or a 1-based index");
    }
    // Zero or a negative number is wrong in itself (exit 2); an index past the header is the
    // data's problem (exit 3, from the reader). No parsing: the digits may not fit a long.
    if (value.strip().matches("-[0-9]+|0+")) {
      throw new IllegalArgumentException(
          option + " takes a 1-based column index (1 is the first column); got " + value.strip());
    }
    return Optional.of(value);
  }

  /** Two columns given as {@code A,B}, each named as for --id-column. */
  static Optional<List<String>> pair(String value, String option, String form) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException(
          option
              + " takes two columns, "
              + form
              + " (names or 1-based indexes, e.g. "
              + option
              + (option.equals("--latest") ? " subscription_id,updated_at" : " start,end")
              + "); got \""
              + value
              + "\"");
    }
    return Optional.of(
        List.of(
            column(parts[0].strip(), option).orElseThrow(),
            column(parts[1].strip(), option).orElseThrow()));
  }
}

package dev.segment.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How MRR was read on a date (SPEC "MRR on a date"), for the report, page and JSON: the date, the
 * period rule and the END convention found, or the trailing window, the newest-version rule and the
 * rate column, by the headers of the columns read.
 *
 * @param asOf the date MRR was read on
 * @param rule how a row's date decided whether and how much it counts
 * @param dateFormat {@code ISO}, {@code MDY} or {@code DMY}
 * @param latest {@code --latest}: the KEY and ORDER headers, and how ORDER was compared
 * @param rateColumn {@code --rate-column(-inverse)}: its header
 * @param rateInverse the rate column holds units of the row's currency per unit of the base
 */
public record DateReading(
    Optional<LocalDate> asOf,
    Rule rule,
    String dateFormat,
    Optional<Latest> latest,
    Optional<String> rateColumn,
    boolean rateInverse) {

  /** How a row's dates decide whether and how much it counts. */
  public sealed interface Rule {}

  /** No date rule: every row counts whole (only {@code --latest}, range filters or rates). */
  public record Undated() implements Rule {}

  /**
   * {@code --period-columns}: a row counts when its service period covers the date, its amount
   * divided by the period's months.
   *
   * @param end {@code exclusive} or {@code inclusive}, or empty when no row needed one
   * @param endGiven true when {@code --period-end} said it, false when found from the rows
   */
  public record Periods(String start, String endColumn, Optional<String> end, boolean endGiven)
      implements Rule {}

  /** {@code --valid-columns}: a row counts while its price held on the date, already monthly. */
  public record Valid(String start, String endColumn) implements Rule {}

  /**
   * {@code --trailing}: rows dated in the window, each adding amount ÷ months: a run rate.
   *
   * @param after the window starts the day after this date
   */
  public record Trailing(String dateColumn, int months, LocalDate after) implements Rule {}

  /**
   * {@code --latest KEY,ORDER}, ORDER compared as {@code dates}, {@code numbers} or {@code text}.
   */
  public record Latest(String key, String order, String comparedAs) {}

  public DateReading {
    if (asOf == null || rule == null || latest == null || rateColumn == null) {
      throw new NullPointerException("date reading parts must not be null");
    }
  }

  /** The headers the rule reads, for messages. */
  public List<String> ruleColumns() {
    if (rule instanceof Periods p) {
      return List.of(p.start(), p.endColumn());
    }
    if (rule instanceof Valid v) {
      return List.of(v.start(), v.endColumn());
    }
    if (rule instanceof Trailing t) {
      return List.of(t.dateColumn());
    }
    return List.of();
  }
}

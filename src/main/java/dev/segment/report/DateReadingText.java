package dev.segment.report;

import static dev.segment.text.PrintableText.clip;
import static dev.segment.text.PrintableText.escape;

import dev.segment.model.DateReading;
import dev.segment.model.FilterCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How MRR was read on a date and what the rules filtered, worded once for the terminal report, the
 * page and the messages: {@code MRR on 2024-12-15 from each row's service period "start".."end"
 * covering it, amount ÷ its months (END exclusive, as the whole-month rows show)}.
 */
public final class DateReadingText {
  private DateReadingText() {}

  /** The one line saying how MRR was read. */
  public static String line(DateReading d) {
    List<String> parts = new ArrayList<>();
    rule(d).ifPresent(parts::add);
    d.latest()
        .ifPresent(
            l ->
                parts.add(
                    "the newest row per \""
                        + escape(l.key())
                        + "\" by \""
                        + escape(l.order())
                        + "\" (compared as "
                        + l.comparedAs()
                        + ")"));
    d.rateColumn()
        .ifPresent(
            c ->
                parts.add(
                    "each row's rate from \""
                        + escape(c)
                        + "\" ("
                        + (d.rateInverse()
                            ? "units of the row's currency per unit of the base"
                            : "the value of one unit in the base currency")
                        + ")"));
    if (!d.dateFormat().equals("ISO")) {
      parts.add("dates read " + d.dateFormat());
    }
    String line = String.join("; ", parts);
    return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
  }

  /** The period rule in words, or the as-of date alone without one; empty without either. */
  private static Optional<String> rule(DateReading d) {
    String on = d.asOf().map(a -> "MRR on " + a).orElse("MRR");
    DateReading.Rule rule = d.rule();
    if (rule instanceof DateReading.Periods p) {
      return Optional.of(on + periods(p));
    } else if (rule instanceof DateReading.Valid v) {
      return Optional.of(
          on
              + " from the rows valid on it, \""
              + escape(v.start())
              + "\" <= date < \""
              + escape(v.endColumn())
              + "\" (an empty end: still valid), amounts already monthly");
    } else if (rule instanceof DateReading.Trailing t) {
      return Optional.of(
          "run rate over "
              + t.months()
              + (t.months() == 1 ? " month" : " months")
              + " to "
              + d.asOf().map(Object::toString).orElse("")
              + ": rows dated by \""
              + escape(t.dateColumn())
              + "\" after "
              + t.after()
              + ", each adding amount ÷ "
              + t.months());
    }
    return d.asOf().map(a -> "as of " + a);
  }

  private static String periods(DateReading.Periods p) {
    return " from each row's service period \""
        + escape(p.start())
        + "\"..\""
        + escape(p.endColumn())
        + "\" covering it, amount ÷ its months (whole calendar months, else days ÷"
        + " 30.436875; "
        + p.end()
            .map(
                e ->
                    "END "
                        + e
                        + (p.endGiven()
                            ? ", as --period-end says"
                            : ", as the whole-month rows show"))
            .orElse("no row needed an END convention")
        + "; an empty END is open-ended, already monthly)";
  }

  /** One filtered-rows line: {@code 3 by --where "Status=active"}, {@code 5 older versions …}. */
  public static String filtered(FilterCount f) {
    String n = Display.count(f.rows());
    return switch (f.reason()) {
      case WHERE -> n + " by --where \"" + escape(clip(f.expression())) + "\"";
      case OLDER_VERSION ->
          n
              + (f.rows() == 1 ? " older version" : " older versions")
              + " ("
              + escape(clip(f.expression()))
              + ")";
      case PERIOD -> n + " period: not covering the date (" + escape(clip(f.expression())) + ")";
      case DATE -> n + " date: outside the window (" + escape(clip(f.expression())) + ")";
    };
  }
}

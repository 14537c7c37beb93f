package dev.segment.hints;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.ValueCounts;
import dev.segment.text.Grouping;
import java.util.StringJoiner;

/** A column's values with their rows in words, as every hint and note lists them. */
public final class Values {
  private Values() {}

  /** {@code active (120 rows), canceled (8), (empty) (2) and 3 other values (4 rows)}. */
  public static String list(ValueCounts counts) {
    if (counts.top().isEmpty() && counts.otherRows() == 0) {
      return "no rows";
    }
    StringJoiner list = new StringJoiner(", ");
    boolean first = true;
    for (ValueCounts.Value v : counts.top()) {
      String shown = v.value().isEmpty() ? "(empty)" : escape(v.value());
      list.add(
          shown
              + " ("
              + (first ? plural(v.rows(), "row", "rows") : Grouping.count(v.rows()))
              + ")");
      first = false;
    }
    String s = list.toString();
    if (counts.otherValues() > 0) {
      s +=
          " and "
              + (counts.capped() ? "at least " : "")
              + plural(counts.otherValues(), "other value", "other values")
              + " ("
              + plural(counts.otherRows(), "row", "rows")
              + ")";
    }
    return s;
  }

  private static String plural(long n, String one, String many) {
    return Grouping.count(n) + " " + (n == 1 ? one : many);
  }
}

package dev.segment.io;

import dev.segment.text.PrintableText;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --where} expression: {@code COL=V1,V2} keeps a row whose COL cell is one of the
 * values, {@code COL!=V1,V2} one whose cell is none of them. Cells and values are compared trimmed
 * and ignoring case; an empty value matches an empty cell.
 *
 * @param expression the expression as given, which the report counts filtered rows under
 * @param column the column named before the {@code =} or {@code !=}, trimmed
 * @param negated true for {@code !=}
 * @param values the values after it, trimmed
 */
public record RowFilter(String expression, String column, boolean negated, List<String> values) {

  public RowFilter {
    values = List.copyOf(values);
    if (column.isBlank()) {
      throw new IllegalArgumentException(
          "--where \""
              + PrintableText.clip(expression)
              + "\" names no column before the '='; write COL=VALUE");
    }
  }

  /**
   * Reads {@code COL=V1,V2} or {@code COL!=V1,V2}; the first {@code !=} or {@code =} splits it.
   *
   * @throws IllegalArgumentException when it has no {@code =} or no column (a usage error)
   */
  public static RowFilter parse(String expression) {
    int eq = expression.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(
          "--where \""
              + expression
              + "\" has no '=': write COL=V1,V2 to keep rows whose COL is one of the values, or"
              + " COL!=V1,V2 to drop them, e.g. --where \"Status=active,past_due\"");
    }
    boolean negated = eq > 0 && expression.charAt(eq - 1) == '!';
    String column = expression.substring(0, negated ? eq - 1 : eq).strip();
    List<String> values = new ArrayList<>();
    for (String v : expression.substring(eq + 1).split(",", -1)) {
      values.add(v.strip());
    }
    return new RowFilter(expression, column, negated, values);
  }

  /** True when a row whose cell is {@code cell} passes this filter. */
  public boolean keeps(String cell) {
    String c = cell.strip();
    for (String v : values) {
      if (v.equalsIgnoreCase(c)) {
        return !negated;
      }
    }
    return negated;
  }
}

package dev.segment.io;

import dev.segment.text.Closest;
import java.util.ArrayList;
import java.util.List;

/**
 * The column an option names ({@code --id-column Email}, {@code --mrr-column 4}): by exact header
 * name, then normalised name, then 1-based index; a name that matches nothing suggests the closest
 * header.
 */
final class OptionColumns {
  private final HeaderColumns header;

  OptionColumns(HeaderColumns header) {
    this.header = header;
  }

  /** The column {@code value} names for {@code option}. */
  int column(String option, String value) {
    List<Integer> exact = header.exactly(value);
    if (exact.size() == 1) {
      return exact.get(0);
    }
    if (exact.size() > 1) {
      throw ambiguous(option, value, exact);
    }
    String wanted = ColumnResolver.normalise(value);
    if (!wanted.isEmpty()) {
      List<Integer> loose = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        if (header.normal(i).equals(wanted)) {
          loose.add(i);
        }
      }
      if (loose.size() == 1) {
        return loose.get(0);
      }
      if (loose.size() > 1) {
        throw ambiguous(option, value, loose);
      }
    }
    String digits = value.strip();
    if (!digits.isEmpty()
        && digits.length() <= 9
        && digits.chars().allMatch(OptionColumns::digit)) {
      return byIndex(option, digits);
    }
    throw header.problem(
        option
            + " \""
            + value
            + "\" names no column among "
            + header.columns()
            + suggestion(wanted.isEmpty() ? value.strip() : wanted)
            + " a header name or a 1-based index");
  }

  /**
   * The columns {@code --keep-columns} names: every column with exactly that header (duplicate
   * header names are harmless and each keeps its position), else as {@link #column}.
   */
  List<Integer> kept(String value) {
    List<Integer> exact = header.exactly(value);
    return exact.isEmpty() ? List.of(column("--keep-columns", value)) : exact;
  }

  private int byIndex(String option, String digits) {
    int index = Integer.parseInt(digits);
    if (index >= 1 && index <= header.size()) {
      return index - 1;
    }
    throw header.problem(
        option
            + " "
            + digits
            + " is outside the header's "
            + header.size()
            + " columns "
            + header.columns()
            + "; use an index from 1 to "
            + header.size()
            + " or a header name");
  }

  /**
   * {@code ; did you mean "mrr"? Otherwise use} naming the header whose normalised name is closest,
   * when one is close; else {@code ; use}. A header name or an index follows.
   */
  private String suggestion(String wanted) {
    int closest = Closest.index(wanted, header.normals());
    return closest < 0
        ? "; use"
        : "; did you mean \"" + HeaderColumns.shown(header.name(closest)) + "\"? Otherwise use";
  }

  private static boolean digit(int c) {
    return c >= '0' && c <= '9';
  }

  private RuntimeException ambiguous(String option, String value, List<Integer> found) {
    return header.problem(
        option
            + " \""
            + value
            + "\" matches more than one column among "
            + header.columns()
            + " ("
            + header.describe(found)
            + "); use a 1-based index");
  }
}

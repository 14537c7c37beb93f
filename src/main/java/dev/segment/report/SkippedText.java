package dev.segment.report;

import dev.segment.model.SkippedRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The skipped rows in words, one form for the report's section, the warning and the error messages:
 * {@code 2 non-numeric MRR: lines 5, 9, …}.
 */
public final class SkippedText {
  private SkippedText() {}

  /** {@code 3 rows skipped (1 missing id: line 3; 2 non-numeric MRR: lines 5, 9)}. */
  public static String summary(SkippedRows skipped) {
    StringJoiner reasons = new StringJoiner("; ", " (", ")");
    for (SkippedRows.Tally t : skipped.tallies()) {
      reasons.add(tally(t));
    }
    return Display.plural(skipped.total(), "row", "rows") + " skipped" + reasons;
  }

  /** The rows skipped, one item per reason, when any was: the report's "Skipped rows". */
  static Optional<ReportView.Section> section(SkippedRows skipped) {
    if (skipped.isEmpty()) {
      return Optional.empty();
    }
    List<String> reasons = new ArrayList<>();
    for (SkippedRows.Tally t : skipped.tallies()) {
      reasons.add(tally(t));
    }
    return Optional.of(
        new ReportView.Section("skipped", "Skipped rows", new ReportView.Items(reasons)));
  }

  /** One reason: its count, then the first lines it skipped, and {@code …} when there are more. */
  static String tally(SkippedRows.Tally t) {
    StringBuilder b = new StringBuilder(Display.count(t.count()));
    b.append(' ').append(t.reason().description());
    b.append(t.firstLines().size() == 1 ? ": line " : ": lines ");
    for (int i = 0; i < t.firstLines().size(); i++) {
      // Plain numbers, as error messages name lines: "lines 650050, 5849983", where thousands
      // separators would read like more items of the list.
      b.append(i == 0 ? "" : ", ").append(t.firstLines().get(i));
    }
    if (t.count() > t.firstLines().size()) {
      b.append(", …");
    }
    t.firstValue().ifPresent(v -> b.append(" (first: \"").append(v.strip()).append("\")"));
    return b.toString();
  }
}

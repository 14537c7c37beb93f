package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountReading;
import dev.segment.model.FactorHints;
import dev.segment.model.InputSummary;
import dev.segment.model.ValueCounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputNotesTest {
  private static InputSummary withFactorHints(FactorHints hints) {
    InputSummary in = Fixtures.input();
    return new InputSummary(
        in.source(),
        in.rowsRead(),
        in.rowsUsed(),
        in.skipped(),
        in.footerLines(),
        in.blankLines(),
        in.customers(),
        in.currency(),
        in.idColumn(),
        "Amount",
        in.amountKind(),
        in.nameColumn(),
        in.delimiter(),
        in.filtered(),
        Optional.empty(),
        Optional.empty(),
        hints,
        new AmountReading(Optional.of("Interval"), Optional.empty(), Optional.empty(), false),
        Optional.empty(),
        Optional.empty());
  }

  private static ValueCounts counts(String... valueRows) {
    List<ValueCounts.Value> top = new ArrayList<>();
    for (int i = 0; i < valueRows.length; i += 2) {
      top.add(new ValueCounts.Value(valueRows[i], Long.parseLong(valueRows[i + 1])));
    }
    return new ValueCounts(top, 0, 0, false);
  }

  @Test
  void eachFactorHintIsOneWarningLineNamingTheColumnItsValuesAndTheOption() throws IOException {
    InputSummary in =
        withFactorHints(
            new FactorHints(
                Optional.of(new FactorHints.Column("Seats", counts("1", "7", "10", "1"))),
                Optional.of(new FactorHints.Column("Interval Count", counts("3", "2")))));
    assertThat(InputNotes.warnings(in))
        .containsExactly(
            "warning: \"Amount\" is read as one unit's price, but column \"Seats\" holds 1 (7"
                + " rows), 10 (1); if it counts seats or units, add --quantity-column \"Seats\"",
            "warning: \"Amount\" is read as the price of one billing interval, but column"
                + " \"Interval Count\" holds 3 (2 rows); if it counts the intervals a price"
                + " covers, add --interval-count-column \"Interval Count\"");
    StringBuilder out = new StringBuilder();
    InputNotes.hints(in, out);
    assertThat(out.toString())
        .startsWith("\nWarning: \"Amount\" is read as one unit's price")
        .contains("\n\nWarning: \"Amount\" is read as the price of one billing interval");
    // report.html: each warning a notice of its own, above the totals.
    assertThat(InputNotes.notices(in))
        .extracting(n -> n.lines().get(0))
        .containsExactly(
            "Warning: " + InputNotes.warnings(in).get(0).substring("warning: ".length()),
            "Warning: " + InputNotes.warnings(in).get(1).substring("warning: ".length()));
    assertThat(InputNotes.warnings(withFactorHints(FactorHints.NONE))).isEmpty();
  }
}

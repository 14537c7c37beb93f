package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkippedTextTest {
  @Test
  void oneFormForTheSectionAndTheSentence() {
    SkippedRows skipped =
        new SkippedRows(
            List.of(
                new SkippedRows.Tally(SkipReason.MISSING_ID, 1, List.of(3L)),
                new SkippedRows.Tally(
                    SkipReason.NON_NUMERIC_MRR, 1200, List.of(5L, 9L, 11L, 650050L, 5849983L))));
    assertThat(SkippedText.tally(skipped.tallies().get(0))).isEqualTo("1 missing id: line 3");
    assertThat(SkippedText.summary(skipped))
        .isEqualTo(
            "1,201 rows skipped (1 missing id: line 3;"
                + " 1,200 non-numeric MRR: lines 5, 9, 11, 650050, 5849983, …)");
  }
}

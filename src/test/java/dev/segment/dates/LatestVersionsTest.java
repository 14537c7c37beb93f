package dev.segment.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The newest row per key, by dates, numbers or text, ties to the later row. */
class LatestVersionsTest {

  private static BitSet older(String[][] rows) {
    LatestVersions v = new LatestVersions(DateFormat.ISO);
    for (int i = 0; i < rows.length; i++) {
      v.add(rows[i][0], rows[i][1], i);
    }
    return v.olderVersions();
  }

  @Test
  void datesWithOffsetsAreComparedToTheSecond() {
    LatestVersions v = new LatestVersions(DateFormat.ISO);
    v.add("s1", "2024-12-01T10:00:00+02:00", 0); // 08:00Z
    v.add("s1", "2024-12-01T09:00:00Z", 1); // newest
    v.add("s1", "2024-11-30", 2);
    v.add("s2", "", 3);
    v.add("s2", "2024-01-01", 4);
    assertThat(v.comparedAs()).isEqualTo("dates");
    assertThat(v.olderVersions().stream()).containsExactly(0, 2, 3);
  }

  @Test
  void numbersWhenEveryCellIsOneElseText() {
    // As numbers 10 > 9; as text "9" > "10".
    assertThat(older(new String[][] {{"a", "9"}, {"a", "10"}}).stream()).containsExactly(0);
    assertThat(older(new String[][] {{"a", "9"}, {"a", "10"}, {"b", "v2"}}).stream())
        .containsExactly(1);
  }

  @Test
  void aTieGoesToTheLaterRowAndAnEmptyKeyStandsAlone() {
    assertThat(older(new String[][] {{"a", "5"}, {"a", "5"}, {"", "1"}, {"", "9"}}).stream())
        .containsExactly(0);
    assertThat(older(new String[][] {{"a", ""}, {"a", ""}}).stream()).containsExactly(0);
  }
}

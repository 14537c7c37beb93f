package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=1+2|'=1+2",
        "+1|'+1",
        "@SUM(A1)|'@SUM(A1)",
        "-Bob|'-Bob",
        "-1+2|'-1+2",
        "-12.|'-12.",
        "-.5|'-.5",
        "-1e5|'-1e5",
        "-1,234.50|'-1,234.50",
        "-|'-",
        "--5|'--5",
        "-12.50|-12.50",
        "-12|-12",
        "-0|-0",
        "Acme|Acme",
        "12.50|12.50",
        "a=b|a=b",
        "'=x|'=x",
      })
  void neutralisesFormulaStarts(String in, String expected) {
    assertThat(CsvCells.neutralise(in)).isEqualTo(expected);
  }

  @Test
  void neutralisesTabAndCarriageReturnStarts() {
    assertThat(CsvCells.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(CsvCells.neutralise(" =x")).isEqualTo(" =x");
  }

  @Test
  void emptyAndNullAreEmpty() {
    assertThat(CsvCells.neutralise("")).isEmpty();
    assertThat(CsvCells.neutralise(null)).isEmpty();
  }
}

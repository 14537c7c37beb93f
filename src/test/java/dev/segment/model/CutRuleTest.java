package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CutRuleTest {
  private static List<BigDecimal> list(String csv) {
    return Arrays.stream(csv.split(";")).map(BigDecimal::new).toList();
  }

  @ParameterizedTest
  @CsvSource({"10;30, 3", "12.5, 2", "1;2;3;99.9, 5"})
  void validPercentCuts(String cuts, int tiers) {
    assertThat(new CutRule.ByCustomers(list(cuts)).tierCount()).isEqualTo(tiers);
    assertThat(new CutRule.ByRevenue(list(cuts)).tierCount()).isEqualTo(tiers);
  }

  @ParameterizedTest
  @CsvSource({"0;30", "10;100", "30;10", "10;10", "-5"})
  void badPercentCutsSayWhatIsAllowed(String cuts) {
    assertThatThrownBy(() -> new CutRule.ByCustomers(list(cuts)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly");
  }

  @ParameterizedTest
  @CsvSource({"1700;5000", "5000;5000", "0", "5000;-1"})
  void badFloorsSayWhatIsAllowed(String cuts) {
    assertThatThrownBy(() -> new CutRule.ByMrr(list(cuts)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--by mrr");
  }
}

package dev.segment.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosestTest {
  @ParameterizedTest
  @CsvSource({"mrr, mrr, 0", "mrrr, mrr, 1", "kitten, sitting, 3", "'', abc, 3", "abc, '', 3"})
  void distance(String a, String b, int d) {
    assertThat(Closest.distance(a, b)).isEqualTo(d);
    assertThat(Closest.distance(b, a)).isEqualTo(d);
  }

  @Test
  void theClosestNameWinsAndTheEarlierOnATie() {
    assertThat(Closest.among("mrrr", List.of("customerid", "mrr", "arr"))).contains("mrr");
    assertThat(Closest.among("xrr", List.of("mrr", "arr"))).contains("mrr");
    assertThat(Closest.index("plan", List.of("", "plans"))).isEqualTo(1);
  }

  @Test
  void aNameMoreThanHalfRewrittenIsNoSuggestion() {
    assertThat(Closest.among("rev", List.of("id", "mrr"))).isEmpty();
    assertThat(Closest.among("x", List.of())).isEmpty();
    assertThat(Closest.among("billingunit", List.of("billingperiodunit"))).isPresent();
  }
}

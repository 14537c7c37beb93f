package dev.segment.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.CutRule;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RuleTextTest {
  private static final Function<BigDecimal, String> DOLLARS = a -> "$" + a.toPlainString();

  private static List<BigDecimal> cuts(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void summarySaysEachKindAsTheReportPrintsIt() {
    assertThat(RuleText.summary(new CutRule.ByCustomers(cuts("10", "30.0")), DOLLARS))
        .isEqualTo("by customers, cuts 10%, 30.0%");
    assertThat(RuleText.summary(new CutRule.ByRevenue(cuts("45", "75")), DOLLARS))
        .isEqualTo("by revenue, cuts 45%, 75% of MRR");
    assertThat(RuleText.summary(new CutRule.ByMrr(cuts("5000", "1700")), DOLLARS))
        .isEqualTo("by mrr, MRR floors $5000, $1700");
    assertThat(RuleText.summary(new CutRule.Auto(), DOLLARS))
        .isEqualTo("by auto (computed ABC analysis)");
  }

  @Test
  void aCutIsNamedByItsSignificantDigits() {
    CutRule rule = new CutRule.ByRevenue(cuts("10.50", "20"));
    assertThat(RuleText.cut(rule, 0, DOLLARS)).isEqualTo("10.5%");
    assertThat(RuleText.cut(rule, 1, DOLLARS)).isEqualTo("20%");
    assertThat(RuleText.cut(new CutRule.ByMrr(cuts("5000")), 0, DOLLARS)).isEqualTo("$5000");
  }

  @Test
  void theSentenceJoinsTheLastCutWithAnd() {
    assertThat(RuleText.sentence(new CutRule.ByCustomers(cuts("10")), DOLLARS))
        .isEqualTo("Tiers cut at the top 10% of customers by MRR");
    assertThat(RuleText.sentence(new CutRule.ByMrr(cuts("5000", "1700", "100")), DOLLARS))
        .isEqualTo("Tiers cut at MRR floors of $5000, $1700 and $100");
  }
}

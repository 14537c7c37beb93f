package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.TierStats;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentsCsvTest {
  @Test
  void writesOneRowPerTierWithEmptyTiersBlank() throws IOException {
    StringBuilder out = new StringBuilder();
    SegmentsCsv.write(Fixtures.byMrrStats(), out);
    assertThat(out.toString())
        .isEqualTo(
            "tier,customers,pct_customers,mrr,pct_mrr,cum_pct_customers,cum_pct_mrr,"
                + "mrr_floor,mrr_max,mrr_mean,mrr_median\n"
                + "High-touch,1,16.6667,500.00,47.5851,16.6667,47.5851,"
                + "500.00,500.00,500.0000,500.00\n"
                + "Hybrid,0,0.0000,0.00,0.0000,16.6667,47.5851,,,,\n"
                + "Tech-touch,3,50.0000,500.50,47.6326,66.6667,95.2177,"
                + "100.00,300.50,166.8333,100.00\n"
                + "Automated,2,33.3333,50.25,4.7823,100.0000,100.0000,"
                + "0.00,50.25,25.1250,25.125\n");
  }

  @Test
  void neutralisesAndQuotesLabelsAndNeverWritesExponents() throws IOException {
    TierStats t =
        new TierStats(
            "=cmd, \"x\"",
            1,
            new BigDecimal("100.0000"),
            new BigDecimal("1.2E+4"),
            new BigDecimal("100.0000"),
            new BigDecimal("100.0000"),
            new BigDecimal("100.0000"),
            Optional.of(
                new TierStats.Amounts(
                    new BigDecimal("1.2E+4"),
                    new BigDecimal("1.2E+4"),
                    new BigDecimal("12000.0000"),
                    new BigDecimal("1.2E+4"))));
    StringBuilder out = new StringBuilder();
    SegmentsCsv.write(List.of(t), out);
    assertThat(out.toString().lines().skip(1))
        .containsExactly(
            "\"'=cmd, \"\"x\"\"\",1,100.0000,12000,100.0000,100.0000,100.0000,"
                + "12000,12000,12000.0000,12000");
  }
}

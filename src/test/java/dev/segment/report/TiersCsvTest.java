package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Segmentation;
import dev.segment.model.Tier;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiersCsvTest {
  @Test
  void writesEveryCustomerOnTheCurveInRankOrder() throws IOException {
    StringBuilder out = new StringBuilder();
    TiersCsv.write(Fixtures.byMrr(), out);
    assertThat(out.toString())
        .isEqualTo(
            "customer_id,name,mrr,arr,rank,cum_mrr_share,tier,plan,input_mrr\n"
                + "A-1,\"Acme, Inc. \"\"The Best\"\"\",500.00,6000.00,1,0.4759,"
                + "High-touch,Gold,500\n"
                + "B-2,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",300.50,3606.00,2,0.7618,"
                + "Tech-touch,'@SUM(A1),'=1+2\n"
                + "C-3,'-Bob,100.00,1200.00,3,0.8570,Tech-touch,'\tTab,\n"
                + "D-4,Dora,100.00,1200.00,4,0.9522,Tech-touch,Silver,-12.50\n"
                + "E-5,Eve,50.25,603.00,5,1.0000,Automated,,50.25\n"
                + "F-6,,0.00,0.00,6,1.0000,Automated,Free,0\n");
  }

  @Test
  void annualInputKeepsItsArrAndAllZeroCurveHasZeroShares() throws IOException {
    CustomersBuilder b = new CustomersBuilder(AmountKind.ARR, List.of());
    b.add("x", "X", 0, 0, new String[0]);
    b.add("y", "Y", 0, 0, new String[0]);
    ParetoCurve curve = new ParetoCurve(b.build(), new int[] {0, 1});
    Segmentation s =
        new Segmentation(
            curve,
            new CutRule.ByCustomers(List.of(BigDecimal.TEN)),
            List.of(new Tier("Tier 1", 0, 0), new Tier("Tier 2", 0, 2)),
            Optional.empty());
    StringBuilder out = new StringBuilder();
    TiersCsv.write(s, out);
    assertThat(out.toString())
        .isEqualTo(
            "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n"
                + "x,X,0,0,1,0.0000,Tier 2\n"
                + "y,Y,0,0,2,0.0000,Tier 2\n");
  }

  @Test
  void annualAmountsAreWrittenAsRead() throws IOException {
    CustomersBuilder b = new CustomersBuilder(AmountKind.ARR, List.of());
    b.add("a", "", 1000, 0, new String[0]);
    ParetoCurve curve = new ParetoCurve(b.build(), new int[] {0});
    Segmentation s =
        new Segmentation(
            curve,
            new CutRule.ByCustomers(List.of(BigDecimal.TEN)),
            List.of(new Tier("Tier 1", 0, 1), new Tier("Tier 2", 1, 1)),
            Optional.empty());
    StringBuilder out = new StringBuilder();
    TiersCsv.write(s, out);
    assertThat(out.toString().lines().skip(1)).containsExactly("a,,83.333333,1000,1,1.0000,Tier 1");
  }

  @Test
  void renamesKeptColumnsThatClashWithSegmentsOwn() {
    assertThat(kept(Overrides.none(), "plan", "MRR", "Tier", "mrr", "input_mrr"))
        .containsExactly("plan", "input_input_MRR", "input_Tier", "input_input_mrr", "input_mrr");
    assertThat(kept(Overrides.none(), "region", "region")).containsExactly("region", "region");
  }

  @Test
  void auditColumnsAreSegmentsOwnOnlyWhenTheRunHasThem() {
    Overrides pins = Overrides.of(new int[0], new int[0], new int[0], null);
    assertThat(kept(Overrides.none(), "override", "Computed_Tier"))
        .containsExactly("override", "Computed_Tier");
    assertThat(kept(pins, "override", "Computed_Tier"))
        .containsExactly("input_override", "input_Computed_Tier");
    assertThat(TiersColumns.of(pins, true, List.of("override", "Accounts")).header())
        .containsExactly(
            "customer_id",
            "name",
            "mrr",
            "arr",
            "rank",
            "cum_mrr_share",
            "tier",
            "computed_tier",
            "override",
            "accounts",
            "input_override",
            "input_Accounts");
  }

  private static List<String> kept(Overrides overrides, String... keptHeaders) {
    return TiersColumns.of(overrides, false, List.of(keptHeaders)).kept();
  }

  @ParameterizedTest(name = "{0}/{1} = {2}")
  @CsvSource({
    "0, 1, 0.0000",
    "1, 1, 1.0000",
    "1, 3, 0.3333",
    "2, 3, 0.6667",
    // 0.00005 and 0.00015 are exact halves: half-even rounds to 0.0000 and 0.0002
    "1, 20000, 0.0000",
    "3, 20000, 0.0002",
    "5, 20000, 0.0002",
    "7, 20000, 0.0004",
    "1, 10000, 0.0001",
    "999, 1000, 0.9990",
    "0, 0, 0.0000",
    // S × 10^4 overflows a long: the BigDecimal path
    "4611686018427387903, 9223372036854775806, 0.5000",
    "9223372036854775807, 9223372036854775807, 1.0000",
  })
  void sharesRoundHalfEvenToFourDecimals(long cumulative, long total, String expected) {
    StringBuilder to = new StringBuilder();
    CumulativeShare.append(cumulative, total, to);
    assertThat(to.toString()).isEqualTo(expected);
  }
}

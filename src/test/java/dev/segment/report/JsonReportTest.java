package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import dev.segment.model.TierStats;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper READER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final List<Path> WRITTEN =
      List.of(Path.of("out", "segments.csv"), Path.of("out", "tiers.csv"));

  private static String json(SegmentReport r) throws IOException {
    StringBuilder out = new StringBuilder();
    JsonReport.write(r, WRITTEN, out);
    return out.toString();
  }

  private static JsonNode parse(SegmentReport r) throws IOException {
    return READER.readTree(json(r));
  }

  private static void assertDecimal(JsonNode node, String expected) {
    assertThat(node.isNumber()).as("%s is a number", node).isTrue();
    assertThat(node.decimalValue()).isEqualByComparingTo(expected);
  }

  @Test
  void describesTheInput() throws IOException {
    JsonNode in = parse(Fixtures.byMrrReport()).get("input");
    assertThat(in.get("source").asText()).isEqualTo("customers.csv");
    JsonNode columns = in.get("columns");
    assertThat(columns.get("id").asText()).isEqualTo("Customer ID");
    assertThat(columns.get("amount").asText()).isEqualTo("Current MRR");
    assertThat(columns.get("amount_kind").asText()).isEqualTo("mrr");
    assertThat(columns.get("name").asText()).isEqualTo("Company");
    assertThat(columns.get("kept")).extracting(JsonNode::asText).containsExactly("plan", "mrr");
    assertThat(columns.get("kept_written_as"))
        .extracting(JsonNode::asText)
        .containsExactly("plan", "input_mrr");
    assertThat(in.get("delimiter").asText()).isEqualTo(",");
    assertThat(in.get("currency").asText()).isEqualTo("USD");
    assertThat(in.get("rows_read").asLong()).isEqualTo(9);
    assertThat(in.get("rows_used").asLong()).isEqualTo(8);
    assertThat(in.get("rows_skipped").asLong()).isEqualTo(1);
    assertThat(in.get("rows_merged").asLong()).isEqualTo(1);
    assertThat(in.get("footer_lines").asLong()).isEqualTo(2);
    assertThat(in.get("blank_lines").asLong()).isEqualTo(1);
    assertThat(in.get("customers").asInt()).isEqualTo(7);
    JsonNode skipped = in.get("skipped");
    assertThat(skipped.fieldNames())
        .toIterable()
        .containsExactly(
            "missing_id",
            "empty_mrr",
            "non_numeric_mrr",
            "shifted_columns",
            "interval",
            "quantity",
            "date",
            "period",
            "rate");
    assertThat(skipped.get("non_numeric_mrr").get("count").asLong()).isEqualTo(1);
    assertThat(skipped.get("non_numeric_mrr").get("first_lines"))
        .extracting(JsonNode::asLong)
        .containsExactly(5L);
    assertThat(skipped.get("missing_id").get("count").asLong()).isZero();
    assertThat(skipped.get("missing_id").get("first_lines")).isEmpty();
    JsonNode excluded = in.get("excluded");
    assertThat(excluded.get("negative").asInt()).isEqualTo(1);
    assertDecimal(excluded.get("negative_mrr"), "-12.50");
    assertThat(excluded.get("zero").asInt()).isZero();
    // A plain read: no filters, no formula columns, no hints, every field present.
    assertThat(in.get("rows_filtered").asLong()).isZero();
    assertThat(in.get("filtered")).isEmpty();
    assertThat(columns.get("interval").isNull()).isTrue();
    assertThat(columns.get("interval_count").isNull()).isTrue();
    assertThat(columns.get("quantity").isNull()).isTrue();
    assertThat(in.get("minor_units").asBoolean()).isFalse();
    assertThat(in.get("hints").get("interval_column").isNull()).isTrue();
    assertThat(in.get("hints").get("status").isNull()).isTrue();
    assertThat(in.get("hints").get("quantity_column").isNull()).isTrue();
    assertThat(in.get("hints").get("interval_count_column").isNull()).isTrue();
  }

  @Test
  void givesTotalsRuleAndEveryTierWithEmptyOnesNull() throws IOException {
    JsonNode root = parse(Fixtures.byMrrReport());
    assertDecimal(root.get("totals").get("mrr"), "1050.75");
    assertDecimal(root.get("totals").get("arr"), "12609");
    assertThat(root.get("totals").get("customers_on_curve").asInt()).isEqualTo(6);
    JsonNode rule = root.get("rule");
    assertThat(rule.get("by").asText()).isEqualTo("mrr");
    assertThat(rule.get("cuts"))
        .extracting(JsonNode::decimalValue)
        .containsExactly(new BigDecimal("400"), new BigDecimal("350"), new BigDecimal("100"));
    assertThat(rule.get("names"))
        .extracting(JsonNode::asText)
        .containsExactly("High-touch", "Hybrid", "Tech-touch", "Automated");

    JsonNode tiers = root.get("tiers");
    assertThat(tiers).hasSize(4);
    JsonNode third = tiers.get(2);
    assertThat(third.fieldNames()).toIterable().containsExactlyElementsOf(SegmentsCsv.HEADER);
    assertThat(third.get("tier").asText()).isEqualTo("Tech-touch");
    assertThat(third.get("customers").asInt()).isEqualTo(3);
    assertDecimal(third.get("pct_customers"), "50");
    assertDecimal(third.get("mrr"), "500.50");
    assertDecimal(third.get("pct_mrr"), "47.6326");
    assertDecimal(third.get("cum_pct_customers"), "66.6667");
    assertDecimal(third.get("cum_pct_mrr"), "95.2177");
    assertDecimal(third.get("mrr_floor"), "100");
    assertDecimal(third.get("mrr_max"), "300.50");
    assertDecimal(third.get("mrr_mean"), "166.8333");
    assertDecimal(third.get("mrr_median"), "100");

    JsonNode empty = tiers.get(1);
    assertThat(empty.get("customers").asInt()).isZero();
    assertDecimal(empty.get("mrr"), "0");
    assertDecimal(empty.get("cum_pct_mrr"), "47.5851");
    for (String field : List.of("mrr_floor", "mrr_max", "mrr_mean", "mrr_median")) {
      assertThat(empty.get(field).isNull()).as(field).isTrue();
    }
    assertDecimal(tiers.get(3).get("mrr_median"), "25.125");
  }

  @Test
  void givesConcentrationFilesAndNoAutoUnlessAuto() throws IOException {
    JsonNode root = parse(Fixtures.byMrrReport());
    JsonNode c = root.get("concentration");
    assertDecimal(c.get("gini"), "0.5156");
    assertDecimal(c.get("top_1_pct_mrr"), "47.5851");
    assertDecimal(c.get("top_10_pct_mrr"), "47.5851");
    assertDecimal(c.get("top_20_pct_mrr"), "76.1837");
    assertDecimal(c.get("pct_customers_for_50_pct_mrr"), "33.3333");
    assertDecimal(c.get("pct_customers_for_80_pct_mrr"), "50");
    assertThat(root.has("auto")).isFalse();
    assertThat(root.get("files"))
        .extracting(JsonNode::asText)
        .containsExactly(
            Path.of("out", "segments.csv").toString(), Path.of("out", "tiers.csv").toString());
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "as_of",
            "input",
            "warnings",
            "notes",
            "totals",
            "rule",
            "tiers",
            "concentration",
            "files");
    assertThat(root.get("as_of").isNull()).isTrue();
  }

  @Test
  void asOfIsTheIsoDateGiven() throws IOException {
    StringBuilder out = new StringBuilder();
    JsonReport.write(
        Fixtures.byMrrReport(),
        new Presentation(
            Optional.empty(), Optional.of(LocalDate.of(2026, 12, 1)), Presentation.BarScale.LOG),
        WRITTEN,
        out);

    assertThat(new ObjectMapper().readTree(out.toString()).get("as_of").asText())
        .isEqualTo("2026-12-01");
  }

  @Test
  void explainsAutoCuts() throws IOException {
    JsonNode root = parse(Fixtures.autoReport());
    assertThat(root.get("rule").get("by").asText()).isEqualTo("auto");
    assertThat(root.get("rule").get("cuts")).isEmpty();
    JsonNode auto = root.get("auto");
    assertThat(auto.get("tier_1_ends_at").asText()).isEqualTo("pareto");
    assertThat(auto.get("degenerate").isNull()).isTrue();
    assertDecimal(auto.get("mean_mrr"), "175.125");
    JsonNode p = auto.get("pareto_point");
    assertThat(p.get("customers").asInt()).isEqualTo(2);
    assertDecimal(p.get("pct_customers"), "33.3333");
    assertDecimal(p.get("pct_mrr"), "76.1837");
    assertDecimal(p.get("mrr"), "300.50");
    assertThat(auto.get("break_even_point").get("customers").asInt()).isEqualTo(2);
    JsonNode sub = auto.get("submarginal_point");
    assertThat(sub.get("customers").asInt()).isEqualTo(3);
    assertDecimal(sub.get("pct_mrr"), "85.7007");
    assertThat(auto.get("equivalent_cuts"))
        .extracting(JsonNode::decimalValue)
        .containsExactly(new BigDecimal("300.5"), new BigDecimal("100"));
    assertThat(auto.get("equivalent_flags").asText()).isEqualTo("--by mrr --cuts 300.5,100");
  }

  @Test
  void writesNumbersExactlyAndNeverInExponentForm() throws IOException {
    SegmentReport base = Fixtures.byMrrReport();
    BigDecimal big = new BigDecimal("1.2E+4");
    TierStats t =
        new TierStats(
            "Tier 1",
            1,
            new BigDecimal("100.0000"),
            big,
            new BigDecimal("100.0000"),
            new BigDecimal("100.0000"),
            new BigDecimal("100.0000"),
            Optional.of(new TierStats.Amounts(big, big, new BigDecimal("1.2E+4"), big)));
    String text =
        json(
            new SegmentReport(
                base.input(),
                base.exclusions(),
                base.segmentation(),
                List.of(t),
                base.concentration()));
    assertThat(text)
        .doesNotContainPattern("\\d[eE][+-]?\\d")
        .contains("\"mrr\": 12000,", "\"mrr_mean\": 12000,", "\"mrr\": 1050.75,")
        .contains("\"pct_customers\": 100.0000,", "\"mrr_median\": 12000\n")
        .endsWith("}\n");
  }
}

package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnifferAndFooterTest {

  @ParameterizedTest(name = "[{0}] is a total label: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Total|true",
        "TOTALS|true",
        "Subtotal|true",
        "subtotal:|true",
        "Grand Total|true",
        "grand  totals|true",
        "Grand Totals (1,234 records)|true",
        "Total (USD)|true",
        "'  Total :  '|true",
        "Total Wine & More|false",
        "Totally Awesome LLC|false",
        "Total: 1234|false",
        "Subtotals|false",
        "Grand|false",
        "Grandtotal|false",
        "Sub total|false",
        "Total (a) b|false",
        "Total(|false",
        "''|false",
        "Acme|false",
      })
  void recognisesTotalLabels(String cell, boolean total) {
    assertThat(FooterRows.isTotalLabel(cell)).isEqualTo(total);
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '#',
      value = {
        "id,mrr\\na,1#,",
        "id;mrr\\na;1#;",
        "id\\tmrr\\na\\t1#\\t",
        "id|mrr\\na|1#|",
        "single#,",
        "''#,",
        "\\n\\n  \\nid;mrr#;",
        "\"a,b\";c#;",
        "id;name,x;mrr\\n1;a,b;2#;",
        "a,b;c\\n1,2;3\\n4,5;6#,",
        "a,b;c;d\\n1,2;3;4\\n1;2,3,4#;",
      })
  void sniffsTheDelimiter(String sample, String expected) {
    String text = sample.replace("\\n", "\n").replace("\\t", "\t");
    char want = expected.equals("\\t") ? '\t' : expected.charAt(0);
    assertThat(DelimiterSniffer.sniff(text.toCharArray(), text.length(), true)).isEqualTo(want);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Customer ID|customerid",
        "customer_id|customerid",
        "  Account-ID |accountid",
        "MRR (USD)|mrrusd",
        "Société|société",
        "ÉTAT|état",
      })
  void normalisesHeaderNames(String name, String normalised) {
    assertThat(ColumnResolver.normalise(name)).isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mrr|true",
        "mrrusd|true",
        "mrreur|true",
        "mrrjpy|true",
        "mrrxyz|false",
        "mrrnew|false",
        "mrr2024|false",
        "currentmrr|true",
        "arr|false",
      })
  void matchesMrrNames(String normalised, boolean mrr) {
    assertThat(ColumnResolver.isMrrName(normalised)).isEqualTo(mrr);
  }
}

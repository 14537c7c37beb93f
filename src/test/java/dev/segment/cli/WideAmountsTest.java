package dev.segment.cli;

import static dev.segment.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-checked runs past 18 significant digits: amounts and sums past a long and past 10^25 are
 * read, summed, ranked and cut exactly, and written in full.
 */
class WideAmountsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private String file(String name) throws IOException {
    return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
  }

  private CliRun segment(Path input, String... more) {
    String[] args = new String[more.length + 4];
    args[0] = input.toString();
    args[1] = "--out";
    args[2] = dir.resolve("out").toString();
    args[3] = "--no-chart";
    System.arraycopy(more, 0, args, 4, more.length);
    return run(args).succeeded();
  }

  /** The {@code mrr} column of segments.csv, tier by tier. */
  private List<BigDecimal> tierSums() throws IOException {
    return file("segments.csv")
        .lines()
        .skip(1)
        .map(line -> new BigDecimal(line.split(",")[3]))
        .toList();
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void seventeenDecimalsBesideFourIntegerDigitsWithADecimalComma() throws IOException {
    // The public contract-values file of issue 14: line 3's 17 decimals made line 2's amount need
    // 21 digits at the file's scale.
    Path input =
        write(
            "contracts.csv",
            "id;name;mrr\n"
                + "a;Alpha;2104,64437581956\n"
                + "b;Beta;0,12345678901234567\n"
                + "c;Gamma;15000\n"
                + "d;Delta;1.234,5\n");
    segment(input, "--decimal-comma", "--by", "customers", "--cuts", "25,50");
    assertThat(file("tiers.csv"))
        .isEqualTo(
            "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n"
                + "c,Gamma,15000.00,180000.00,1,0.8179,Tier 1\n"
                + "a,Alpha,2104.64437581956,25255.73250983472,2,0.9327,Tier 2\n"
                + "d,Delta,1234.50,14814.00,3,1.0000,Tier 3\n"
                + "b,Beta,0.12345678901234567,1.48148146814814804,4,1.0000,Tier 3\n");
    assertThat(sum(tierSums())).isEqualByComparingTo("18339.26783260857234567");
  }

  @Test
  void seventeenDecimalsBesideLargeIntegers() throws IOException {
    Path input =
        write(
            "contracts.csv",
            "id,mrr\n"
                + "big,123456789012\n"
                + "small,0.00000000000000001\n"
                + "mid,2104.64437581956\n"
                + "big,0.00000000000000002\n");
    segment(input, "--by", "revenue");
    assertThat(file("tiers.csv"))
        .contains("big,,123456789012.00000000000000002,")
        .contains("small,,0.00000000000000001,");
    assertThat(sum(tierSums())).isEqualByComparingTo("123456791116.64437581956000003");
  }

  @Test
  void aSumPastALongIsExact() throws IOException {
    StringBuilder text = new StringBuilder("id,mrr\n");
    for (int i = 0; i < 11; i++) {
      text.append("c").append(i).append(",900000000000000000\n");
    }
    Path input = write("huge.csv", text.toString());
    CliRun r = segment(input, "--by", "customers");
    // 11 × 9 × 10^17 = 9.9 × 10^18 > 2^63 − 1 ≈ 9.22 × 10^18.
    assertThat(sum(tierSums())).isEqualByComparingTo("9900000000000000000");
    assertThat(r.out).contains("9,900,000,000,000,000,000");
  }

  @Test
  void rolledUpAccountsAreCountedInTheWideFormToo() throws IOException {
    Path input =
        write(
            "parents.csv",
            "customer_id,parent,mrr\na,,12345678901234567890.5\nb,a,1\nc,,2\nd,c,3\nb,a,4\n");
    segment(input, "--parent-column", "parent", "--keep-columns=parent");
    assertThat(file("tiers.csv").lines())
        .containsExactly(
            "customer_id,name,mrr,arr,rank,cum_mrr_share,tier,accounts,parent",
            // A kept column comes from the first row summed into the customer that has a value.
            "a,,12345678901234567895.5,148148146814814814746.0,1,1.0000,Tier 1,2,a",
            "c,,5.0,60.0,2,1.0000,Tier 3,2,c");
  }

  @Test
  void aSumPastTenToTheTwentyFiveAndA25DigitAmount() throws IOException {
    Path input =
        write(
            "huge.csv",
            "id,mrr\n"
                + "a,1234567890123456789012345\n"
                + "b,9000000000000000000000000.5\n"
                + "a,0.25\n"
                + "c,1\n");
    segment(input, "--by", "customers", "--cuts", "30,60");
    assertThat(file("tiers.csv"))
        .isEqualTo(
            "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n"
                + "b,,9000000000000000000000000.50,108000000000000000000000006.00,1,0.8794,Tier 1\n"
                + "a,,1234567890123456789012345.25,14814814681481481468148143.00,2,1.0000,Tier 2\n"
                + "c,,1.00,12.00,3,1.0000,Tier 3\n");
    assertThat(sum(tierSums())).isEqualByComparingTo("10234567890123456789012346.75");
  }

  @Test
  void tiesAndCutsInTheWideForm() throws IOException {
    // Six customers at 22 significant digits: two tied at the top, three tied below, one zero.
    String three = "300000000000000000000.5";
    String one = "100000000000000000000.5";
    Path input =
        write(
            "ties.csv",
            "id,mrr\na,"
                + three
                + "\nb,"
                + three
                + "\nc,"
                + one
                + "\nd,"
                + one
                + "\ne,"
                + one
                + "\nf,0\n");
    String expected =
        "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n"
            + "a,,300000000000000000000.5,3600000000000000000006.0,1,0.3333,Tier 1\n"
            + "b,,300000000000000000000.5,3600000000000000000006.0,2,0.6667,Tier 1\n"
            + "c,,100000000000000000000.5,1200000000000000000006.0,3,0.7778,Tier 2\n"
            + "d,,100000000000000000000.5,1200000000000000000006.0,4,0.8889,Tier 2\n"
            + "e,,100000000000000000000.5,1200000000000000000006.0,5,1.0000,Tier 2\n"
            + "f,,0.0,0.0,6,1.0000,Tier 3\n";
    // 20% of 6 is rank 2 (a, b); 50% is rank 3, and d and e are tied with c.
    segment(input, "--by", "customers", "--cuts", "20,50");
    assertThat(file("tiers.csv")).isEqualTo(expected);
    // 45% of T is reached at rank 2; 75% at rank 3, then the tie rule.
    segment(input, "--by", "revenue", "--cuts", "45,75");
    assertThat(file("tiers.csv")).isEqualTo(expected);
    // Floors just above each group's MRR, and exactly at it.
    segment(input, "--by", "mrr", "--cuts", "300000000000000000000.5,100000000000000000000.5");
    assertThat(file("tiers.csv")).isEqualTo(expected);
    segment(input, "--by", "mrr", "--cuts", "300000000000000000000.51,100000000000000000000.5");
    assertThat(file("tiers.csv")).contains("a,,300000000000000000000.5,", "1,0.3333,Tier 2\n");
    segment(input, "--by", "auto");
    assertThat(file("tiers.csv").lines().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)))
        .containsExactly("Tier 1", "Tier 1", "Tier 2", "Tier 2", "Tier 2", "Tier 3");
    assertThat(file("segments.csv"))
        .contains(
            "Tier 1,2,33.3333,600000000000000000001.0,66.6667,33.3333,66.6667,"
                + "300000000000000000000.5,300000000000000000000.5,300000000000000000000.5000,"
                + "300000000000000000000.5\n",
            "Tier 2,3,50.0000,300000000000000000001.5,33.3333,83.3333,100.0000,"
                + "100000000000000000000.5,100000000000000000000.5,100000000000000000000.5000,"
                + "100000000000000000000.5\n");
  }

  @Test
  void theWorkbookHoldsWideAmountsAsWritten() throws Exception {
    Path input =
        write(
            "huge.csv",
            "id,mrr\na,1234567890123456789012345\nb,0.12345678901234567\nc,2104.64437581956\n");
    segment(input, "--xlsx", "--pin", write("pins.csv", "id,tier\nc,1\n").toString());
    try (ReadableWorkbook book =
        new ReadableWorkbook(dir.resolve("out").resolve("segment.xlsx").toFile())) {
      List<Row> tiers = book.findSheet("Tiers").orElseThrow().read();
      assertThat(tiers.get(1).getCellText(0)).isEqualTo("a");
      assertThat(tiers.get(1).getCell(2).asNumber())
          .isEqualByComparingTo("1234567890123456789012345");
      assertThat(tiers.get(2).getCell(2).asNumber()).isEqualByComparingTo("0.12345678901234567");
      // The pinned customer, after the curve.
      assertThat(tiers.get(3).getCellText(0)).isEqualTo("c");
      assertThat(tiers.get(3).getCell(3).asNumber()).isEqualByComparingTo("25255.73250983472");
    }
  }
}

package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in-process: the sample's figures, exit codes, what is written and when. */
class CliTest {
  private static final String SAMPLE = "samples/customers-2000.csv";

  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("out");
  }

  private Path csv(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String[]> rows(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .skip(1)
        .map(l -> l.split(",", -1))
        .toList();
  }

  @Test
  void theSampleReproducesTheEssaysTiers() throws IOException {
    CliRun.run(SAMPLE, "--out", out().toString())
        .succeeded()
        .outContains("Tier 1", "Tier 2", "Tier 3", "Gini", out().resolve("tiers.csv").toString());
    List<String> lines = Files.readAllLines(out().resolve("segments.csv"));
    assertThat(lines.get(0))
        .isEqualTo(
            "tier,customers,pct_customers,mrr,pct_mrr,cum_pct_customers,cum_pct_mrr,"
                + "mrr_floor,mrr_max,mrr_mean,mrr_median");
    List<String[]> tiers = rows(out().resolve("segments.csv"));
    assertThat(tiers).hasSize(3);
    // Tier 1: the top 10% (200 customers) hold about 45% of MRR, floor near $5,000.
    assertThat(tiers.get(0)[0]).isEqualTo("Tier 1");
    assertThat(tiers.get(0)[1]).isEqualTo("200");
    assertThat(new BigDecimal(tiers.get(0)[4]))
        .isBetween(new BigDecimal("43"), new BigDecimal("47"));
    assertThat(new BigDecimal(tiers.get(0)[7]))
        .isBetween(new BigDecimal("4500"), new BigDecimal("5500"));
    // Tiers 1 + 2: the top 30% (600) hold about 75%, floor near $1,700.
    assertThat(tiers.get(1)[5]).isEqualTo("30.0000");
    assertThat(new BigDecimal(tiers.get(1)[6]))
        .isBetween(new BigDecimal("73"), new BigDecimal("77"));
    assertThat(new BigDecimal(tiers.get(1)[7]))
        .isBetween(new BigDecimal("1530"), new BigDecimal("1870"));
    // Tier 3: the other 70% of customers, about 25% of MRR.
    assertThat(tiers.get(2)[1]).isEqualTo("1400");
    assertThat(new BigDecimal(tiers.get(2)[4]))
        .isBetween(new BigDecimal("23"), new BigDecimal("27"));

    List<String> tierLines = Files.readAllLines(out().resolve("tiers.csv"));
    assertThat(tierLines.get(0)).isEqualTo("customer_id,name,mrr,arr,rank,cum_mrr_share,tier");
    assertThat(tierLines).hasSize(2001);
    BufferedImage png = ImageIO.read(out().resolve("pareto.png").toFile());
    assertThat(png.getWidth()).isEqualTo(1600);
    assertThat(png.getHeight()).isEqualTo(900);
  }

  @Test
  void tiersMrrAddsUpToTheInputTotalToTheLastDigit() throws IOException {
    CliRun.run(SAMPLE, "--out", out().toString(), "--no-chart").succeeded();
    BigDecimal inputTotal = BigDecimal.ZERO;
    for (String line : Files.readAllLines(Path.of(SAMPLE)).subList(1, 2001)) {
      String[] cells = line.split(",");
      inputTotal = inputTotal.add(new BigDecimal(cells[cells.length - 2]));
    }
    BigDecimal tiers = BigDecimal.ZERO;
    for (String[] r : rows(out().resolve("segments.csv"))) {
      tiers = tiers.add(new BigDecimal(r[3]));
    }
    assertThat(tiers).isEqualByComparingTo(inputTotal);
    assertThat(out().resolve("pareto.png")).doesNotExist();
  }

  @Test
  void formatsCsvAndJsonPrintTheSummaryAndTheWholeReport() throws IOException {
    CliRun csv = CliRun.run(SAMPLE, "--out", out().toString(), "--format", "csv").succeeded();
    assertThat(csv.out).isEqualTo(Files.readString(out().resolve("segments.csv")));
    CliRun json = CliRun.run(SAMPLE, "--out", out().toString(), "--format", "json").succeeded();
    JsonNode root = new ObjectMapper().readTree(json.out);
    assertThat(root.isObject()).isTrue();
    assertThat(json.out).contains("Tier 1");
  }

  @Test
  void quietPrintsNothingAndStillWrites() {
    CliRun run = CliRun.run(SAMPLE, "--out", out().toString(), "--quiet").succeeded();
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEmpty();
    assertThat(out().resolve("tiers.csv")).exists();
  }

  @Test
  void readsStandardInput() throws IOException {
    byte[] input = "id,mrr\na,10\nb,20\n".getBytes(StandardCharsets.UTF_8);
    CliRun.withStdin(input, "-", "--out", out().toString(), "--no-chart").succeeded();
    assertThat(Files.readAllLines(out().resolve("tiers.csv"))).hasSize(3);
  }

  @Test
  void usageErrorsExitTwoWithOneSentence() {
    CliRun.run(SAMPLE, "--bogus").exitedWith(2).errContains("--bogus").noStackTrace();
    CliRun.run(SAMPLE, "--cuts", "30,10")
        .exitedWith(2)
        .errContains("strictly increasing")
        .oneLineError();
    CliRun.run(SAMPLE, "--by", "auto", "--cuts", "10").exitedWith(2).errContains("--by auto");
    CliRun.run(SAMPLE, "--names", "A,B").exitedWith(2).errContains("3 tiers").oneLineError();
    CliRun.run(SAMPLE, "--encoding", "klingon").exitedWith(2).errContains("unknown encoding");
    CliRun.run(SAMPLE, "--by", "mrr", "--cuts", "100,200").exitedWith(2).errContains("decreasing");
    CliRun.run(SAMPLE, "--chart-size", "big").exitedWith(2).errContains("1600x900");
    CliRun.run(SAMPLE, "--cuts", "1e2").exitedWith(2).errContains("not a number");
    CliRun.run().exitedWith(2).errContains("FILE");
  }

  @Test
  void fileSystemFailuresExitOne() throws IOException {
    CliRun.run(tmp.resolve("nope.csv").toString())
        .exitedWith(1)
        .errContains("no such file")
        .oneLineError();
    CliRun.run(tmp.toString()).exitedWith(1).errContains("folder").oneLineError();
    Path file = csv("plain.txt", "x");
    CliRun.run(SAMPLE, "--out", file.resolve("sub").toString()).exitedWith(1).noStackTrace();
    // The first night of a cron job: no earlier tiers.csv yet.
    CliRun.run(SAMPLE, "--previous", tmp.resolve("last-night.csv").toString())
        .exitedWith(1)
        .errContains("the --previous file")
        .errContains("first run")
        .oneLineError();
  }

  @Test
  void dataErrorsExitThreeAndWriteNothing() throws IOException {
    CliRun.run(SAMPLE, "--out", out().toString(), "--no-chart").succeeded();
    String before = Files.readString(out().resolve("tiers.csv"));

    Path noMrr = csv("nomrr.csv", "customer_id,name,amount\na,A,10\n");
    CliRun.run(noMrr.toString(), "--out", out().toString())
        .exitedWith(3)
        .errContains("--mrr-column", "amount")
        .oneLineError();
    Path headerOnly = csv("header.csv", "customer_id,mrr\n");
    CliRun.run(headerOnly.toString(), "--out", out().toString())
        .exitedWith(3)
        .errContains("no data rows")
        .oneLineError();
    Path bad = csv("bad.csv", "customer_id,mrr\na,10\nb,abc\n");
    CliRun.run(bad.toString(), "--out", out().toString(), "--strict")
        .exitedWith(3)
        .errContains("line 3", "--strict")
        .oneLineError();
    Path negative = csv("neg.csv", "customer_id,mrr\na,-10\n");
    CliRun.run(negative.toString(), "--out", out().toString())
        .exitedWith(3)
        .errContains("negative")
        .oneLineError();

    assertThat(Files.readString(out().resolve("tiers.csv"))).isEqualTo(before);
    assertThat(out().resolve("pareto.png")).doesNotExist();
  }

  @Test
  void skippedRowsAreAWarningOnStandardErrorNotAFailure() throws IOException {
    Path bad = csv("bad.csv", "customer_id,mrr\na,10\nb,abc\nc,\n");
    CliRun run = CliRun.run(bad.toString(), "--out", out().toString(), "--no-chart").succeeded();
    assertThat(run.err).startsWith("segment: warning: 2 rows skipped").contains("line 3", "line 4");
    assertThat(run.out).doesNotContain("warning");
  }

  @Test
  void helpListsOptionsExitCodesAndAnExampleWithoutFormatWarnings() {
    CliRun help = CliRun.run("--help").succeeded();
    help.outContains("--by", "--cuts", "Exit codes:", "3   data error", "segment customers.csv");
    assertThat(help.err).isEmpty();
  }

  @Test
  void aSemicolonFileWithDecimalCommasGetsAHint() throws IOException {
    Path file = csv("dc.csv", "id;mrr\na;1.234,50\nb;99,90\nc;5\n");
    CliRun.run(file.toString(), "--out", out().toString(), "--no-chart")
        .succeeded()
        .errContains("2 rows skipped", "--decimal-comma");
    CliRun.run(file.toString(), "--out", out().toString(), "--no-chart", "--decimal-comma")
        .succeeded();
  }

  @Test
  void theReportSaysWhenTiesMovedACut() throws IOException {
    Path file =
        csv(
            "ties.csv",
            "id,mrr\na,900\nb,500\nc,500\nd,500\ne,100\nf,100\ng,100\n" + "h,100\ni,100\nj,100\n");
    CliRun.run(file.toString(), "--out", out().toString(), "--no-chart")
        .succeeded()
        .outContains(
            "Note: Tier 2's cut at 30% fell at rank 3, but the tier ends at rank 4",
            "customers tied at its lowest MRR join it");
  }

  @Test
  void aBareKeepColumnsBeforeTheFileKeepsEverythingAndAListFollowsWithOrWithoutTheEquals()
      throws IOException {
    Path file = csv("k.csv", "id,mrr,plan,owner\na,10,Pro,Kim\n");
    CliRun.run("--keep-columns", file.toString(), "--out", out().toString(), "--no-chart")
        .succeeded();
    assertThat(Files.readAllLines(out().resolve("tiers.csv")).get(0)).endsWith(",tier,plan,owner");
    CliRun.run("--keep-columns=owner", file.toString(), "--out", out().toString(), "--no-chart")
        .succeeded();
    assertThat(Files.readAllLines(out().resolve("tiers.csv")).get(0)).endsWith(",tier,owner");
    CliRun.run(file.toString(), "--keep-columns", "owner", "--out", out().toString()).succeeded();
    assertThat(Files.readAllLines(out().resolve("tiers.csv")).get(0)).endsWith(",tier,owner");
    CliRun.run("--keep-columns", "plan", file.toString(), "--out", out().toString(), "--no-chart")
        .succeeded();
    assertThat(Files.readAllLines(out().resolve("tiers.csv")).get(0)).endsWith(",tier,plan");
    CliRun.run(file.toString(), "--keep-columns", "--out", out().toString(), "--no-chart")
        .succeeded();
    assertThat(Files.readAllLines(out().resolve("tiers.csv")).get(0)).endsWith(",tier,plan,owner");
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun.run("--version").succeeded().outContains("segment");
  }
}

package dev.segment.cli;

import static dev.segment.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and edge cases of the options for running the tiers. */
class DecisionCliTest {
  @TempDir Path dir;
  private String input;
  private String out;

  @BeforeEach
  void files() throws IOException {
    input = write("in.csv", "customer_id,mrr\nA,1000\nB,500\nC,100\n");
    out = dir.resolve("out").toString();
  }

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  @Test
  void badStaffingValuesAreUsageErrors() {
    run(input, "--out", out, "--book", "0").exitedWith(2).errContains("--book").oneLineError();
    run(input, "--out", out, "--book", "-5").exitedWith(2);
    run(input, "--out", out, "--accounts-per-csm", "15,0").exitedWith(2);
    run(input, "--out", out, "--accounts-per-csm", "1,2,3,4").exitedWith(2).errContains("3 tiers");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void graceNeedsPreviousAndAPercentage() {
    run(input, "--out", out, "--grace", "10").exitedWith(2).errContains("--previous");
    run(input, "--out", out, "--previous", input, "--grace", "100").exitedWith(2);
  }

  @Test
  void aMissingPreviousIsAFileSystemFailureAndAWrongOneADataError() throws IOException {
    run(input, "--out", out, "--previous", dir.resolve("nope.csv").toString())
        .exitedWith(1)
        .errContains("nope.csv")
        .oneLineError();
    run(input, "--out", out, "--previous", input)
        .exitedWith(3)
        .errContains("is not a tiers.csv written by segment")
        .oneLineError();
  }

  @Test
  void aRunWithoutPreviousRemovesAStaleChangesCsv() throws IOException {
    run(input, "--out", out, "--no-chart").succeeded();
    String previous = dir.resolve("out/tiers.csv").toString();
    // Three customers cut 10,30: A in tier 1, tier 2 empty (ceil 0.9 = 1), B and C in tier 3.
    String copy =
        write("prev.csv", Files.readString(Path.of(previous)).replace("Tier 3\nC", "Tier 1\nC"));
    run(input, "--out", out, "--no-chart", "--previous", copy).succeeded();
    assertThat(Files.readString(dir.resolve("out/changes.csv")))
        .isEqualTo(
            "customer_id,name,old_tier,new_tier,old_mrr,new_mrr\nB,,Tier 1,Tier 3,500,500\n");
    run(input, "--out", out, "--no-chart").succeeded();
    assertThat(dir.resolve("out/changes.csv")).doesNotExist();
  }

  @Test
  void pinsNamingUnknownIdsOrTiersAreDataErrors() throws IOException {
    run(input, "--out", out, "--pin", write("p1.csv", "Z,1\n")).exitedWith(3).errContains("'Z'");
    run(input, "--out", out, "--pin", write("p2.csv", "A,Gold\n"))
        .exitedWith(3)
        .errContains("'Gold'");
    run(input, "--out", out, "--pin", dir.resolve("none.csv").toString())
        .exitedWith(1)
        .oneLineError()
        .errContains("the --pin file");
  }

  @Test
  void configFileErrors() throws IOException {
    run(input, "--config", dir.resolve("none.properties").toString())
        .exitedWith(1)
        .oneLineError()
        .errContains("the --config file");
    run(input, "--config", write("bad.properties", "config=x.properties\n"))
        .exitedWith(2)
        .errContains("'config'");
    run(input, "--out", out, "--config", write("c.properties", "cuts=45,75\nby=auto\n"))
        .exitedWith(2)
        .errContains("--by auto");
  }

  @Test
  void configValuesWithTrailingBlanksReadAsTyped() throws IOException {
    // Blanks no editor shows, after an enum, a boolean and a list.
    String config = write("blanks.properties", "by=revenue \nquiet=true\t\ncuts=50,80 \n");
    run(input, "--out", out, "--no-chart", "--config", config).succeeded();
    assertThat(Files.readString(dir.resolve("out/segments.csv"))).contains("Tier 3");
  }

  @Test
  void autoOnDegenerateCurvesGivesTheDocumentedTiers() throws IOException {
    String one = write("one.csv", "customer_id,mrr\nA,10\n");
    run(one, "--out", out, "--by", "auto", "--no-chart", "--format", "csv")
        .succeeded()
        .outContains("Tier 1,1,100.0000", "Tier 2,0,0.0000", "Tier 3,0,0.0000");
    String equal = write("equal.csv", "customer_id,mrr\nA,10\nB,10\nC,10\n");
    run(equal, "--out", out, "--by", "auto", "--no-chart", "--format", "csv")
        .succeeded()
        .outContains("Tier 1,3,100.0000", "Tier 2,0,", "Tier 3,0,");
    // Two customers 100 and 50: P and BE both fall on the first (mean 75), and the submarginal
    // point nearest (1/2, 1) is the first too, so tier 2 is empty.
    String two = write("two.csv", "customer_id,mrr\nA,100\nB,50\n");
    run(two, "--out", out, "--by", "auto", "--no-chart", "--format", "csv")
        .succeeded()
        .outContains("Tier 1,1,50.0000", "Tier 2,0,", "Tier 3,1,50.0000");
    String zeros = write("zeros.csv", "customer_id,mrr\nA,0\nB,0\n");
    run(zeros, "--out", out, "--by", "auto", "--no-chart", "--format", "csv")
        .succeeded()
        .outContains("Tier 1,0,", "Tier 3,2,100.0000");
  }

  @Test
  void jsonCarriesStaffingChangesAndOverrides() throws IOException {
    run(input, "--out", out, "--no-chart").succeeded();
    String previous = write("prev.csv", Files.readString(dir.resolve("out/tiers.csv")));
    run(
            input,
            "--out",
            out,
            "--no-chart",
            "--format",
            "json",
            "--book",
            "1000",
            "--previous",
            previous,
            "--grace",
            "5")
        .succeeded()
        .outContains(
            "\"staffing\"",
            "\"total_csms\"",
            "\"changes\"",
            "\"moved_up\"",
            "\"overrides\"",
            "\"grace_kept\"");
  }
}

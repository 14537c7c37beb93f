package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.io.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input end to end: one clear sentence on standard error, the SPEC's exit code, and the last
 * good run's files in --out exactly as they were.
 */
class BadInputTest {
  @TempDir Path tmp;
  private Path out;
  private Map<String, byte[]> lastGoodRun;

  @BeforeEach
  void lastGoodRun() throws IOException {
    out = tmp.resolve("out");
    CliRun.run("samples/customers-2000.csv", "--out", out.toString(), "--chart-size", "480x270")
        .succeeded();
    lastGoodRun = snapshot();
    assertThat(lastGoodRun)
        .containsOnlyKeys(
            "segments.csv",
            "tiers.csv",
            "pareto.png",
            "report.html",
            OutputFolder.LOCK_FILE,
            OutputFolder.MANIFEST_FILE);
  }

  private Map<String, byte[]> snapshot() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(out)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private void assertOutUntouched() throws IOException {
    Map<String, byte[]> now = snapshot();
    assertThat(now.keySet()).isEqualTo(lastGoodRun.keySet());
    now.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(lastGoodRun.get(name)));
  }

  static Stream<Arguments> badFiles() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    return Stream.of(
        Arguments.of("empty file", bytes(""), 3, "empty"),
        Arguments.of("header only", bytes("customer_id,mrr\n"), 3, "no data rows"),
        Arguments.of("no MRR column", bytes("customer_id,amount\na,1\n"), 3, "--mrr-column"),
        Arguments.of("two MRR columns", bytes("id,MRR,mrr_usd\na,1,1\n"), 3, "--mrr-column"),
        Arguments.of("two columns named MRR", bytes("id,MRR,MRR\na,1,1\n"), 3, "--mrr-column"),
        Arguments.of("no id column", bytes("name,mrr\nA,1\n"), 3, "--id-column"),
        Arguments.of("every MRR non-numeric", bytes("id,mrr\na,x\nb,-\nc,NaN\n"), 3, "skipped"),
        Arguments.of("binary garbage", garbage, 3, "line"),
        Arguments.of("NUL bytes", bytes("id,mrr\na,1\nb\u0000,2\n"), 3, "line 3"),
        Arguments.of("unterminated quote", bytes("id,name,mrr\na,\"Acme,1\nb,B,2\n"), 3, "line 2"),
        Arguments.of("every row ragged", bytes("id,name,mrr\na,Acme, Inc,1\n"), 3, "skipped"),
        Arguments.of(
            "invalid UTF-8",
            new byte[] {
              'i', 'd', ',', 'm', 'r', 'r', '\n', 'a', ',', (byte) 0xC3, (byte) 0x28, '\n'
            },
            3,
            "line 2"),
        Arguments.of("mixed currencies", bytes("id,mrr\na,$1\nb,€2\n"), 3, "currencies"),
        Arguments.of("all negative", bytes("id,mrr\na,(5.00)\n"), 3, "negative"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badFilesAreOneSentenceAndTouchNothing(String what, byte[] content, int exit, String errPart)
      throws IOException {
    Path file = tmp.resolve("bad.csv");
    Files.write(file, content);
    CliRun.run(file.toString(), "--out", out.toString())
        .exitedWith(exit)
        .errContains(errPart)
        .oneLineError();
    assertOutUntouched();
  }

  @Test
  void strictRefusesSkippedRowsAndTouchesNothing() throws IOException {
    Path file = tmp.resolve("skips.csv");
    Files.writeString(file, "id,mrr\na,1\nb,oops\n");
    CliRun.run(file.toString(), "--out", out.toString(), "--strict")
        .exitedWith(3)
        .errContains("line 3")
        .oneLineError();
    assertOutUntouched();
  }

  @Test
  void fileSystemFailuresExitOneAndTouchNothing() throws IOException {
    CliRun.run(tmp.resolve("missing.csv").toString(), "--out", out.toString())
        .exitedWith(1)
        .oneLineError();
    CliRun.run(tmp.toString(), "--out", out.toString()).exitedWith(1).oneLineError();
    Path blocker = tmp.resolve("a-file");
    Files.writeString(blocker, "x");
    CliRun.run("samples/customers-2000.csv", "--out", blocker.resolve("sub").toString())
        .exitedWith(1)
        .errContains("--out", "part of the path is a file")
        .oneLineError();
    CliRun.run("samples/customers-2000.csv", "--out", blocker.toString())
        .exitedWith(1)
        .errContains("--out", "in the way")
        .oneLineError();
    assertOutUntouched();
  }

  @Test
  void aChartThatCannotBeWrittenLeavesTheOtherFilesAsTheyWere() throws IOException {
    Path other = tmp.resolve("other");
    Files.createDirectories(other.resolve("pareto.png"));
    Files.writeString(other.resolve("tiers.csv"), "last good\n");
    CliRun.run("samples/customers-2000.csv", "--out", other.toString())
        .exitedWith(1)
        .errContains("pareto.png")
        .oneLineError();
    assertThat(Files.readString(other.resolve("tiers.csv"))).isEqualTo("last good\n");
    try (Stream<Path> list = Files.list(other)) {
      assertThat(list.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder("pareto.png", "tiers.csv", OutputFolder.LOCK_FILE);
    }
  }

  /**
   * The input does not exist, so without the check the run would stop at reading (exit 1) rather
   * than write into the project folder; OutputFolderIT runs the real case in a folder of its own.
   */
  @Test
  void anEmptyOutIsAUsageErrorOnTheCommandLineAndInAConfigFile() throws IOException {
    String missing = tmp.resolve("missing.csv").toString();
    CliRun.run(missing, "--out", "").exitedWith(2).errContains("--out").oneLineError();
    CliRun.run(missing, "--out=").exitedWith(2).errContains("--out").oneLineError();
    CliRun.run(missing, "--out", "  ").exitedWith(2).errContains("--out").oneLineError();
    Path config = tmp.resolve("nightly.properties");
    Files.writeString(config, "by=revenue\nout=\n");
    CliRun.run(missing, "--config", config.toString())
        .exitedWith(2)
        .errContains("--out")
        .oneLineError();
    assertOutUntouched();
  }

  static Stream<Arguments> badOptions() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of(List.of("--cuts", "0,30"), "strictly"));
    cases.add(Arguments.of(List.of("--cuts", "10,100"), "strictly"));
    cases.add(Arguments.of(List.of("--cuts", "10,abc"), "not a number"));
    cases.add(Arguments.of(List.of("--by", "mrr", "--cuts", "-5"), "positive"));
    cases.add(Arguments.of(List.of("--cut", "10"), "did you mean --cuts"));
    cases.add(Arguments.of(List.of("--by", "revenue", "--cuts", "75,45"), "increasing"));
    cases.add(Arguments.of(List.of("--by", "mrr", "--cuts", "0"), "positive"));
    cases.add(Arguments.of(List.of("--by", "magic"), "--by"));
    cases.add(Arguments.of(List.of("--names", "A,B,C,D"), "3 tiers"));
    cases.add(Arguments.of(List.of("--names", "A,A,B"), "twice"));
    cases.add(Arguments.of(List.of("--chart-size", "10x10"), "480x270"));
    cases.add(Arguments.of(List.of("--encoding", "nope-1"), "encoding"));
    cases.add(Arguments.of(List.of("--delimiter", "x"), "delimiter"));
    cases.add(Arguments.of(List.of("--id-column", "0"), "1-based"));
    cases.add(Arguments.of(List.of("--format", "xml"), "--format"));
    cases.add(Arguments.of(List.of("--mrr-column", "mrr", "--arr-column", "arr"), "together"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badOptions")
  void badOptionValuesAreUsageErrors(List<String> options, String errPart) throws IOException {
    List<String> args = new ArrayList<>(List.of("samples/customers-2000.csv", "--out"));
    args.add(out.toString());
    args.addAll(options);
    CliRun.run(args.toArray(String[]::new)).exitedWith(2).errContains(errPart).oneLineError();
    assertOutUntouched();
  }
}

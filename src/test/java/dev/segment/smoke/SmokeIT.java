package dev.segment.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a user does, {@code java -jar target/segment.jar}, in its own process
 * after {@code package}: the manifest's class path, the copied libraries and the real exit codes.
 */
class SmokeIT {
  private static final Path JAR = Path.of("target", "segment.jar");
  private static final Path SAMPLE = Path.of("samples", "customers-2000.csv");

  @Test
  void theJarSegmentsTheSampleAndWritesTheThreeFiles() throws Exception {
    Path out = Path.of("target", "smoke", "files");
    Run run = run(List.of(SAMPLE.toString(), "--out", out.toString()), false);
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out).contains("Tier 1").contains("segments.csv");
    assertThat(run.err).isEmpty();
    for (String file : List.of("segments.csv", "tiers.csv", "pareto.png", "report.html")) {
      assertThat(out.resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readAllLines(out.resolve("tiers.csv"))).hasSize(2001);
  }

  @Test
  void aReaderThatStopsEarlyLikeHeadEndsTheRunQuietly() throws Exception {
    // A report of over 100 KiB (12,000 kept columns listed), so it fills the pipe's buffer (64 KiB)
    // and segment is still writing when the reader closes the pipe after one byte.
    Path input = Path.of("target", "smoke", "wide.csv");
    Files.createDirectories(input.getParent());
    StringBuilder header = new StringBuilder("customer_id,mrr");
    for (int i = 0; i < 12_000; i++) {
      header.append(",column_").append(i);
    }
    Files.writeString(input, header + "\nA,100\nB,50\nC,10\n");
    Path out = Path.of("target", "smoke", "head");
    List<String> args =
        List.of(input.toString(), "--keep-columns", "--no-chart", "--out", out.toString());
    assertThat(run(args, false).out.length())
        .as("the report outgrows the pipe")
        .isGreaterThan(1 << 17);
    Run run = run(args, true);
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).isEmpty();
  }

  @Test
  void aReportThatCannotBeWrittenIsExitOneWithOneSentence() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "/dev/full is Linux's always-full device");
    Path out = Path.of("target", "smoke", "full");
    Run run =
        run(List.of(SAMPLE.toString(), "--format", "json", "--out", out.toString()), false, full);
    assertThat(run.exit).as(run.err).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo(
            "segment: cannot write the report to standard output: No space left on device\n");
  }

  @Test
  void runningOutOfMemoryIsOneSentenceWithTheHeapAndNothingWritten() throws Exception {
    // Customers with long names fill a 16 MiB heap as they are read, on the main thread; one
    // 10-million-character field fills it in the CSV parser's thread; a 10000x10000 chart (400 MB
    // of pixels) fills a 48 MiB heap on the chart's thread.
    Path dir = Path.of("target", "smoke", "memory");
    Files.createDirectories(dir);
    Path many = dir.resolve("many.csv");
    try (Writer w = Files.newBufferedWriter(many)) {
      w.write("customer_id,name,mrr\n");
      String name = "N".repeat(200);
      for (int i = 0; i < 50_000; i++) {
        w.write("CUS-" + i + "," + name + i + "," + (i % 5000) + "\n");
      }
    }
    Path wide = dir.resolve("wide-field.csv");
    try (Writer w = Files.newBufferedWriter(wide)) {
      w.write("customer_id,name,mrr\nA,\"");
      w.write("x".repeat(10_000_000));
      w.write("\",1\n");
    }
    Path out = dir.resolve("out");
    List<List<String>> runs =
        List.of(
            List.of("-Xmx16m", many.toString()),
            List.of("-Xmx16m", wide.toString()),
            List.of("-Xmx48m", SAMPLE.toString(), "--chart-size", "10000x10000"));
    for (List<String> args : runs) {
      List<String> segment = new ArrayList<>(args.subList(1, args.size()));
      segment.addAll(List.of("--out", out.toString()));
      Run run = run(args.subList(0, 1), segment, false, null);
      assertThat(run.exit).as(run.err).isEqualTo(1);
      // Runtime.maxMemory: -Xmx less a survivor space with some collectors (16m shows 15 MiB).
      assertThat(run.err)
          .containsPattern(
              "^segment: out of memory: the Java heap \\((1[0-9]|4[0-9]) MiB\\) is too small")
          .contains("SEGMENT_JAVA_OPTS=-Xmx4g");
      // Under load the JDK's own ImageIO shutdown hook (StreamCloser) can print a line of its
      // own after a chart that ran out of memory; segment's part is the one sentence.
      assertThat(run.err.strip().lines().filter(l -> !l.contains("StreamCloser")).count())
          .as(run.err)
          .isEqualTo(1);
      // The folder itself may be created, and its lock file (a run out of memory while the chart
      // draws holds the folder already); nothing is written into it.
      if (Files.exists(out)) {
        try (Stream<Path> files = Files.list(out)) {
          assertThat(files.map(p -> p.getFileName().toString())).allMatch(".segment.lock"::equals);
        }
      }
    }
    Files.delete(many);
    Files.delete(wide);
  }

  @Test
  void aMissingFileIsExitOneWithOneSentence() throws Exception {
    Run run = run(List.of("target/smoke/no-such.csv", "--out", "target/smoke/none"), false);
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err.strip().lines().count()).isEqualTo(1);
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(List<String> args, boolean closeEarly)
      throws IOException, InterruptedException {
    return run(args, closeEarly, null);
  }

  private static Run run(List<String> args, boolean closeEarly, File stdout)
      throws IOException, InterruptedException {
    return run(List.of(), args, closeEarly, stdout);
  }

  /**
   * Runs the jar with these JVM options; with {@code closeEarly}, reads one byte of its output and
   * closes the pipe; with {@code stdoutFile}, its standard output goes to that file instead.
   */
  private static Run run(List<String> jvm, List<String> args, boolean closeEarly, File stdoutFile)
      throws IOException, InterruptedException {
    assertThat(JAR).as("run mvn package first").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    Path errFile = Files.createTempFile("segment-smoke", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectError(errFile.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    if (stdoutFile != null) {
      builder.redirectOutput(stdoutFile);
    }
    Process p = builder.start();
    p.getOutputStream().close();
    String out;
    try (InputStream stdout = p.getInputStream()) {
      if (closeEarly) {
        stdout.read();
        out = "";
      } else {
        out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("segment finished").isTrue();
    String err = Files.readString(errFile);
    Files.delete(errFile);
    return new Run(p.exitValue(), out, err);
  }
}

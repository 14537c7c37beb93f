package dev.segment.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    for (String file : List.of("segments.csv", "tiers.csv", "pareto.png")) {
      assertThat(out.resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readAllLines(out.resolve("tiers.csv"))).hasSize(2001);
  }

  @Test
  void aReaderThatStopsEarlyLikeHeadEndsTheRunQuietly() throws Exception {
    Path out = Path.of("target", "smoke", "head");
    Run run = run(List.of(SAMPLE.toString(), "--out", out.toString()), true);
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).doesNotContain("Exception").doesNotContain("at dev.segment");
  }

  @Test
  void aMissingFileIsExitOneWithOneSentence() throws Exception {
    Run run = run(List.of("target/smoke/no-such.csv", "--out", "target/smoke/none"), false);
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err.strip().lines().count()).isEqualTo(1);
  }

  private record Run(int exit, String out, String err) {}

  /** Runs the jar; with {@code closeEarly}, reads one byte of its output and closes the pipe. */
  private static Run run(List<String> args, boolean closeEarly)
      throws IOException, InterruptedException {
    assertThat(JAR).as("run mvn package first").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    Path errFile = Files.createTempFile("segment-smoke", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectError(errFile.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
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

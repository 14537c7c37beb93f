package dev.segment.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a shared or empty {@code --out}, in processes of its own: runs at once on one
 * folder leave one run's whole set, and an empty {@code --out} touches nothing in the working
 * folder.
 */
class OutputFolderIT {
  private static final Path JAR = Path.of("target", "segment.jar").toAbsolutePath();
  private static final Path SAMPLE = Path.of("samples", "customers-2000.csv").toAbsolutePath();

  @TempDir Path tmp;

  private Process start(Path cwd, List<String> args) throws IOException {
    assertThat(JAR).as("run mvn package first").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    return new ProcessBuilder(command)
        .directory(cwd.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  private static String finish(Process p, int expectedExit) throws Exception {
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("segment finished").isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(expectedExit);
    return err;
  }

  @Test
  void anEmptyOutIsExitTwoAndLeavesTheWorkingFolderAlone() throws Exception {
    Path cwd = tmp.resolve("home");
    Files.createDirectories(cwd);
    Files.writeString(cwd.resolve("pareto.png"), "the user's own chart");
    Files.writeString(cwd.resolve("changes.csv"), "the user's own changes");
    Files.writeString(cwd.resolve("nightly.properties"), "by=revenue\nout=\n");
    List<List<String>> forms =
        List.of(
            List.of(SAMPLE.toString(), "--out", ""),
            List.of(SAMPLE.toString(), "--config", "nightly.properties"));
    for (List<String> args : forms) {
      String err = finish(start(cwd, args), 2);
      assertThat(err).contains("--out");
      assertThat(err.strip().lines().count()).isEqualTo(1);
    }
    try (var files = Files.list(cwd)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("changes.csv", "nightly.properties", "pareto.png");
    }
    assertThat(Files.readString(cwd.resolve("pareto.png"))).isEqualTo("the user's own chart");
  }

  @Test
  void threeRunsAtOnceOnOneFolderLeaveOneRunsWholeSet() throws Exception {
    List<String> sample = Files.readAllLines(SAMPLE);
    Path small = tmp.resolve("small.csv");
    Files.write(small, sample.subList(0, 301)); // 300 customers, written without a chart
    Path middle = tmp.resolve("middle.csv");
    Files.write(middle, sample.subList(0, 1001));
    Path out = tmp.resolve("out");
    List<Process> runs = new ArrayList<>();
    runs.add(start(tmp, List.of(small.toString(), "--out", out.toString(), "--no-chart")));
    runs.add(start(tmp, List.of(middle.toString(), "--out", out.toString())));
    runs.add(start(tmp, List.of(SAMPLE.toString(), "--out", out.toString())));
    for (Process p : runs) {
      String err = finish(p, 0);
      assertThat(err)
          .satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).contains("waiting"));
    }
    int customers = Files.readAllLines(out.resolve("tiers.csv")).size() - 1;
    int inSegments =
        Files.readAllLines(out.resolve("segments.csv")).stream()
            .skip(1)
            .mapToInt(l -> Integer.parseInt(l.split(",")[1]))
            .sum();
    assertThat(inSegments).isEqualTo(customers);
    assertThat(customers).isIn(300, 1000, 2000);
    assertThat(Files.exists(out.resolve("pareto.png"))).isEqualTo(customers != 300);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(
              n ->
                  !n.startsWith(".") || n.equals(".segment.lock") || n.equals(".segment.manifest"));
    }
  }
}

package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden end-to-end cases, one folder each under {@code src/test/resources/cases/}: {@code args}
 * (one argument a line; {@code {case}} is the case folder, {@code {out}} a fresh output folder),
 * {@code exit}, and optionally {@code stdout}, {@code stderr} (exact, with the output folder
 * written as {@code {out}}) and {@code files/} (the exact files expected in --out; a {@code
 * pareto.png.size} file stands for the PNG and holds its WxH; {@code report.html} is compared with
 * its style sheet and inline chart left out, see {@link #page}). A case without {@code args} or
 * {@code exit} fails.
 *
 * <p>{@code mvn test -Dtest=GoldenCasesTest -Dgolden.update=true} rewrites the expected files from
 * what the CLI does now; review the change with {@code git diff}.
 */
class GoldenCasesTest {
  private static final Path CASES = Path.of("src/test/resources/cases");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String PAGE = "report.html";

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> dirs;
    try (Stream<Path> list = Files.list(CASES)) {
      dirs = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(dirs).as("golden cases").isNotEmpty();
    return dirs.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> run(d)));
  }

  private void run(Path dir) throws IOException {
    Path argsFile = dir.resolve("args");
    Path exitFile = dir.resolve("exit");
    if (!Files.exists(argsFile) || (!Files.exists(exitFile) && !UPDATE)) {
      fail(dir + " needs both 'args' and 'exit'");
    }
    Path out = tmp.resolve(dir.getFileName().toString()).resolve("out");
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(argsFile, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        args.add(line.replace("{case}", dir.toString()).replace("{out}", out.toString()));
      }
    }
    Path stdinFile = dir.resolve("stdin");
    byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
    CliRun run = CliRun.withStdin(stdin, args.toArray(String[]::new));
    String stdout = run.out.replace(out.toString(), "{out}").replace(dir.toString(), "{case}");
    String stderr = run.err.replace(out.toString(), "{out}").replace(dir.toString(), "{case}");
    if (UPDATE) {
      Files.writeString(exitFile, run.exit + "\n");
      Files.writeString(dir.resolve("stdout"), stdout);
      Files.writeString(dir.resolve("stderr"), stderr);
      rewriteFiles(dir.resolve("files"), out, dir);
      return;
    }
    assertThat(run.exit)
        .as("exit code; stderr:%n%s", run.err)
        .isEqualTo(Integer.parseInt(Files.readString(exitFile).strip()));
    if (Files.exists(dir.resolve("stdout"))) {
      assertThat(stdout).as("stdout").isEqualTo(Files.readString(dir.resolve("stdout")));
    }
    if (Files.exists(dir.resolve("stderr"))) {
      assertThat(stderr).as("stderr").isEqualTo(Files.readString(dir.resolve("stderr")));
    }
    Path expected = dir.resolve("files");
    Set<String> want = names(expected);
    Set<String> got = names(out);
    Set<String> wantNames = new TreeSet<>();
    for (String n : want) {
      wantNames.add(n.equals("pareto.png.size") ? "pareto.png" : n);
    }
    assertThat(got).as("files in --out").isEqualTo(wantNames);
    for (String n : want) {
      if (n.equals("pareto.png.size")) {
        BufferedImage png = ImageIO.read(out.resolve("pareto.png").toFile());
        assertThat(png.getWidth() + "x" + png.getHeight())
            .isEqualTo(Files.readString(expected.resolve(n)).strip());
      } else if (n.equals(PAGE)) {
        assertThat(page(out.resolve(n), out, dir))
            .as(n)
            .isEqualTo(Files.readString(expected.resolve(n), StandardCharsets.UTF_8));
      } else {
        assertThat(Files.readString(out.resolve(n), StandardCharsets.UTF_8))
            .as(n)
            .isEqualTo(Files.readString(expected.resolve(n), StandardCharsets.UTF_8));
      }
    }
  }

  private static void rewriteFiles(Path expected, Path out, Path dir) throws IOException {
    if (Files.exists(expected)) {
      try (Stream<Path> old = Files.list(expected)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
    }
    if (!Files.isDirectory(out) || names(out).isEmpty()) {
      return;
    }
    Files.createDirectories(expected);
    for (String n : names(out)) {
      if (n.equals("pareto.png")) {
        BufferedImage png = ImageIO.read(out.resolve(n).toFile());
        Files.writeString(
            expected.resolve("pareto.png.size"), png.getWidth() + "x" + png.getHeight() + "\n");
      } else if (n.equals(PAGE)) {
        Files.writeString(expected.resolve(n), page(out.resolve(n), out, dir));
      } else {
        Files.copy(out.resolve(n), expected.resolve(n));
      }
    }
  }

  /**
   * report.html with the parts a golden file should not pin left out: the style sheet (one change
   * would rewrite every case) and the inline chart (its text positions follow the fonts installed,
   * as pareto.png's pixels do; ChartSvgTest and the page's own tests cover it); the paths as in
   * stdout.
   */
  private static String page(Path file, Path out, Path dir) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8)
        .replaceAll("(?s)<style>.*?</style>", "<style>(left out)</style>")
        .replaceAll("(?s)<svg .*?</svg>", "<svg>(the chart, left out)</svg>")
        .replace(out.toString(), "{out}")
        .replace(dir.toString(), "{case}");
  }

  private static Set<String> names(Path dir) throws IOException {
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> list = Files.list(dir)) {
        list.forEach(p -> names.add(p.getFileName().toString()));
      }
    }
    // The lock file is the folder's, not a run's output: it stays from the first run on.
    names.remove(dev.segment.io.OutputFolder.LOCK_FILE);
    names.remove(dev.segment.io.OutputFolder.MANIFEST_FILE);
    return names;
  }
}

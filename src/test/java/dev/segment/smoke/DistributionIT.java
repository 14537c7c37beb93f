package dev.segment.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.segment.cli.Docs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the archives {@code mvn package} made as a new user would: unpacked into a temporary
 * folder, {@code bin/segment} run from another folder with a bare environment (only PATH and
 * JAVA_HOME), then without any Java, then the self-contained image with no JAVA_HOME.
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("segment.version", "0.1.0");
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path SAMPLE = Path.of("samples", "customers-2000.csv").toAbsolutePath();
  private static final String BASE = "segment-" + VERSION;

  @TempDir Path temp;

  @Test
  void theArchiveRunsTheSampleFromAnyFolderWithOnlyPathAndJavaHome() throws Exception {
    Path home = untar(TARGET.resolve(BASE + ".tar.gz")).resolve(BASE);
    Path work = Files.createDirectories(temp.resolve("work"));
    Map<String, String> env =
        Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", System.getProperty("java.home"));

    ProcessRun run =
        ProcessRun.of(
            work, env, home.resolve("bin/segment").toString(), SAMPLE.toString(), "--out", "o");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Tier 1");
    for (String file : List.of("segments.csv", "tiers.csv", "pareto.png", "report.html")) {
      assertThat(work.resolve("o").resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readAllLines(work.resolve("o/tiers.csv"))).hasSize(2001);
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()))
          .as("the first run made the class-data-sharing archive for this install")
          .anyMatch(name -> name.matches("segment-\\d+\\.jsa"));
    }

    ProcessRun version =
        ProcessRun.of(work, env, home.resolve("bin/segment").toString(), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out())
        .startsWith("segment " + VERSION + "\ncommit ")
        .contains("Java " + System.getProperty("java.version"));
  }

  @Test
  void withoutJavaItSaysSoInOneLineAndExitsOne() throws Exception {
    Path home = untar(TARGET.resolve(BASE + ".tar.gz")).resolve(BASE);
    Path emptyPath = Files.createDirectories(temp.resolve("no-java-here"));
    ProcessRun run =
        ProcessRun.of(
            temp,
            Map.of("PATH", emptyPath.toString()),
            home.resolve("bin/segment").toString(),
            SAMPLE.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("segment: no Java found");
  }

  @Test
  void theArchivesHoldTheLayoutAndTheDocsMadeFromTheCommandLine() throws Exception {
    Path home = untar(TARGET.resolve(BASE + ".tar.gz")).resolve(BASE);
    for (String file :
        List.of(
            "bin/segment",
            "bin/segment.cmd",
            "lib/segment.jar",
            "LICENSE",
            "README.md",
            "share/man/man1/segment.1",
            "share/bash-completion/completions/segment")) {
      assertThat(home.resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.isExecutable(home.resolve("bin/segment"))).isTrue();
    assertThat(Files.readString(home.resolve("bin/segment"))).startsWith("#!/bin/sh\n");
    assertThat(Files.readString(home.resolve("bin/segment.cmd"))).contains("\r\n");
    assertThat(Files.readString(home.resolve("share/man/man1/segment.1")))
        .isEqualTo(Docs.manPage(VERSION));
    assertThat(Files.readString(home.resolve("share/bash-completion/completions/segment")))
        .isEqualTo(Docs.completion());

    TreeSet<String> inTar = new TreeSet<>();
    try (Stream<Path> files = Files.walk(home)) {
      files
          .filter(Files::isRegularFile)
          .forEach(f -> inTar.add(BASE + "/" + home.relativize(f).toString().replace('\\', '/')));
    }
    TreeSet<String> inZip = new TreeSet<>();
    try (ZipFile zip = new ZipFile(TARGET.resolve(BASE + ".zip").toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          inZip.add(entry.getName());
        }
      }
    }
    assertThat(inZip).isEqualTo(inTar);
  }

  @Test
  void theSelfContainedImageRunsWithoutJavaHome() throws Exception {
    String name = BASE + "-" + System.getProperty("image.platform");
    Path archive = TARGET.resolve(name + ".tar.gz");
    assumeTrue(Files.exists(archive), "the image is built (not -DskipImage)");
    Path home = untar(archive).resolve(name);
    Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "SEGMENT_CDS", "off");
    ProcessRun version =
        ProcessRun.of(temp, env, home.resolve("bin/segment").toString(), "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).contains(" at " + home.resolve("runtime").toRealPath());
    // --xlsx too: the trimmed runtime has what the workbook's library needs.
    ProcessRun run =
        ProcessRun.of(
            temp,
            env,
            home.resolve("bin/segment").toString(),
            SAMPLE.toString(),
            "--out",
            "img",
            "--xlsx");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(temp.resolve("img/pareto.png")).isNotEmptyFile();
    assertThat(temp.resolve("img/segment.xlsx")).isNotEmptyFile();
    // jte's runtime and the compiled template run on the trimmed runtime too.
    assertThat(temp.resolve("img/report.html")).content().contains("<svg ", "Concentration");
  }

  @Test
  void theCheckoutLauncherNeverBuildsWithoutATerminal() throws Exception {
    Path checkout = Files.createDirectories(temp.resolve("checkout")).toRealPath();
    Path launcher = Files.copy(Path.of("segment"), checkout.resolve("segment"));
    ProcessRun run =
        ProcessRun.of(
            temp, Map.of("PATH", "/usr/bin:/bin"), "/bin/sh", launcher.toString(), "x.csv");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("segment: not built yet: run 'mvn -B -q -DskipTests package' in " + checkout);
    assertThat(checkout.resolve("target")).doesNotExist();
  }

  private Path untar(Path archive) throws Exception {
    assertThat(archive).as("run mvn package first").exists();
    Path into = Files.createDirectories(temp.resolve("unpacked"));
    ProcessRun tar =
        ProcessRun.of(into, Map.of("PATH", "/usr/bin:/bin"), "tar", "-xzf", archive.toString());
    assertThat(tar.exit()).as(tar.err()).isZero();
    return into;
  }
}

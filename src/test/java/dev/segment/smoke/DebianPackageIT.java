package dev.segment.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.segment.cli.Docs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package the deb profile builds (src/deb/make-deb.sh): its file list and control fields
 * read with {@code dpkg-deb}, then its files unpacked into a temporary root and its launcher run on
 * the sample there, with no Java on PATH and no JAVA_HOME. Installing it with {@code dpkg -i} needs
 * root and changes the machine, so .ci/run does that in CI's throwaway container
 * (src/deb/install-check.sh), never the test suite.
 */
class DebianPackageIT {
  private static final String VERSION = System.getProperty("segment.version", "0.1.0");
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Path SAMPLE = Path.of("samples", "customers-2000.csv").toAbsolutePath();
  private static final Map<String, String> BARE_ENV = Map.of("PATH", "/usr/bin:/bin");

  @TempDir Path temp;
  private Path deb;

  @BeforeEach
  void findThePackage() throws IOException {
    try (Stream<Path> files = Files.list(TARGET)) {
      deb =
          files
              .filter(
                  f -> f.getFileName().toString().matches("segment_\\Q" + VERSION + "\\E_.+\\.deb"))
              .findFirst()
              .orElse(null);
    }
    assumeTrue(
        deb != null,
        "no target/segment_"
            + VERSION
            + "_<arch>.deb: the deb profile needs jpackage, jmods,"
            + " /usr/bin/dpkg-deb and /usr/bin/fakeroot, and is left out by -DskipImage or -DskipDeb");
    Path jar = TARGET.resolve("segment.jar");
    assumeTrue(
        !Files.exists(jar)
            || !Files.getLastModifiedTime(deb)
                .toInstant()
                .isBefore(Files.getLastModifiedTime(jar).toInstant()),
        deb.getFileName()
            + " is older than target/segment.jar: an earlier build's package (-DskipImage or"
            + " -DskipDeb left this build's out), not tested");
  }

  @Test
  void itHoldsTheLauncherOnPathTheRuntimeTheManPageAndTheCompletion() throws Exception {
    ProcessRun listing = run(temp, BARE_ENV, "dpkg-deb", "-c", deb.toString());
    assertThat(listing.exit()).as(listing.err()).isZero();
    Map<String, String> entries = new LinkedHashMap<>();
    for (String line : listing.out().lines().toList()) {
      String[] fields = line.split("\\s+", 6);
      assertThat(fields[1]).as(line).isEqualTo("root/root");
      entries.put(fields[5], fields[0]);
    }
    assertThat(entries.keySet()).allMatch(p -> p.equals("./") || p.startsWith("./usr/"));
    assertThat(entries)
        .containsEntry("./usr/bin/segment -> ../lib/segment/bin/segment", "lrwxrwxrwx")
        .containsEntry("./usr/lib/segment/bin/segment", "-rwxr-xr-x")
        .containsEntry("./usr/lib/segment/runtime/bin/java", "-rwxr-xr-x")
        .containsEntry("./usr/lib/segment/lib/segment.jar", "-rw-r--r--")
        .containsEntry("./usr/share/man/man1/segment.1.gz", "-rw-r--r--")
        .containsEntry("./usr/share/bash-completion/completions/segment", "-rw-r--r--")
        .containsEntry("./usr/share/doc/segment/copyright", "-rw-r--r--")
        .containsKeys(
            "./usr/lib/segment/samples/customers-2000.csv", "./usr/lib/segment/README.md");
    assertThat(entries.keySet())
        .as(
            "no archive the build made for target/install, no Windows launcher, no jpackage launcher")
        .noneMatch(p -> p.matches("\\./usr/lib/segment/lib/.*\\.jsa"))
        .noneMatch(p -> p.endsWith(".cmd"))
        .noneMatch(p -> p.startsWith("./usr/lib/segment/app/"));
  }

  @Test
  void itsControlFieldsNameTheVersionTheArchitectureAndWhatItNeeds() throws Exception {
    ProcessRun fields =
        run(
            temp,
            BARE_ENV,
            "dpkg-deb",
            "-f",
            deb.toString(),
            "Package",
            "Version",
            "Architecture",
            "Maintainer",
            "Section",
            "Depends");
    assertThat(fields.exit()).as(fields.err()).isZero();
    String arch = run(temp, BARE_ENV, "dpkg", "--print-architecture").out().strip();
    assertThat(fields.out())
        .startsWith("Package: segment\nVersion: " + VERSION + "\nArchitecture: " + arch + "\n")
        .contains("\nSection: utils\n");
    assertThat(fields.out()).containsPattern("(?m)^Maintainer: [^<\\n]+ <[^@\\s>]+@[^@\\s>]+>$");
    // jpackage works the libraries out from the runtime's own: the C library, zlib, fonts.
    assertThat(fields.out()).containsPattern("(?m)^Depends: .*\\blibc6\\b.*\\bzlib1g\\b");
    assertThat(deb.getFileName().toString()).isEqualTo("segment_" + VERSION + "_" + arch + ".deb");

    ProcessRun info = run(temp, BARE_ENV, "dpkg-deb", "-I", deb.toString());
    assertThat(info.exit()).as(info.err()).isZero();
    assertThat(info.out())
        .contains(" Description: Sorts SaaS customers into tiers along their MRR Pareto curve\n")
        .contains("  sorts the customers into tiers")
        .containsPattern(" postinst +#!/bin/sh")
        .containsPattern(" prerm +#!/bin/sh");
  }

  @Test
  void unpackedItRunsTheSampleOnItsOwnRuntimeWithNoJavaInstalled() throws Exception {
    Path root = Files.createDirectories(temp.resolve("root"));
    ProcessRun unpack = run(temp, BARE_ENV, "dpkg-deb", "-x", deb.toString(), root.toString());
    assertThat(unpack.exit()).as(unpack.err()).isZero();
    String launcher = root.resolve("usr/bin/segment").toString();

    ProcessRun version = run(temp, BARE_ENV, launcher, "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out())
        .startsWith("segment " + VERSION + "\n")
        .contains(" at " + root.resolve("usr/lib/segment/runtime").toRealPath());

    // postinst's step: the class-data-sharing archive in the install's lib/, not a user's cache.
    ProcessRun cds = run(temp, BARE_ENV, launcher, "--make-cds");
    assertThat(cds.exit()).as(cds.err()).isZero();
    try (Stream<Path> lib = Files.list(root.resolve("usr/lib/segment/lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.matches("segment-\\d+\\.jsa"));
    }

    Path work = Files.createDirectories(temp.resolve("work"));
    ProcessRun run = run(work, BARE_ENV, launcher, SAMPLE.toString(), "--out", "o");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Tier 1");
    for (String file : List.of("segments.csv", "tiers.csv", "pareto.png", "report.html")) {
      assertThat(work.resolve("o").resolve(file)).isNotEmptyFile();
    }
    assertThat(Files.readAllLines(work.resolve("o/tiers.csv"))).hasSize(2001);

    try (InputStream man =
        new GZIPInputStream(
            Files.newInputStream(root.resolve("usr/share/man/man1/segment.1.gz")))) {
      assertThat(new String(man.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Docs.manPage(VERSION));
    }
    assertThat(root.resolve("usr/share/bash-completion/completions/segment"))
        .hasContent(Docs.completion());
  }

  private static ProcessRun run(Path folder, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    return ProcessRun.of(folder, env, command);
  }
}

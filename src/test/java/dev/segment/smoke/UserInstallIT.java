package dev.segment.smoke;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install steps for one user (docs/workbooks.md, "Install for one user"), run as written in a
 * fresh home folder from the archive {@code mvn package} made: afterwards {@code segment} is on
 * PATH, {@code man segment} finds the man page (man-db looks in ~/.local/share/man for ~/.local/bin
 * on PATH) and bash-completion's loader finds the completion.
 */
class UserInstallIT {
  private static final String VERSION = System.getProperty("segment.version", "0.1.0");
  private static final Path ARCHIVE =
      Path.of("target", "segment-" + VERSION + ".tar.gz").toAbsolutePath();

  /** The steps as the guide gives them; $ARCHIVE stands for the downloaded archive. */
  static final String STEPS =
      String.join(
          "\n",
          "mkdir -p ~/opt ~/.local/bin ~/.local/share/man/man1"
              + " ~/.local/share/bash-completion/completions",
          "tar xzf \"$ARCHIVE\" -C ~/opt",
          "ln -sf ~/opt/segment-" + VERSION + "/bin/segment ~/.local/bin/segment",
          "ln -sf ~/opt/segment-"
              + VERSION
              + "/share/man/man1/segment.1 ~/.local/share/man/man1/segment.1",
          "ln -sf ~/opt/segment-"
              + VERSION
              + "/share/bash-completion/completions/segment"
              + " ~/.local/share/bash-completion/completions/segment");

  @TempDir Path home;

  private Run sh(String script, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script).directory(home.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
  }

  private record Run(int exit, String out, String err) {}

  private Map<String, String> userEnv() {
    return Map.of(
        "HOME",
        home.toString(),
        "PATH",
        home.resolve(".local/bin") + ":/usr/bin:/bin",
        "JAVA_HOME",
        System.getProperty("java.home"),
        "ARCHIVE",
        ARCHIVE.toString());
  }

  @Test
  void afterTheStepsManSegmentFindsThePageAndSegmentRuns() throws Exception {
    Run install = sh(STEPS, userEnv());
    assertThat(install.exit).as(install.err).isZero();

    Run version = sh("segment --version", userEnv());
    assertThat(version.exit).as(version.err).isZero();
    assertThat(version.out).startsWith("segment " + VERSION);

    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man-db is not installed");
    Run where = sh("man -w segment", userEnv());
    assertThat(where.exit).as(where.err).isZero();
    assertThat(where.out.strip()).endsWith("share/man/man1/segment.1");
    Run page = sh("MANPAGER=cat MANWIDTH=80 man segment", userEnv());
    assertThat(page.exit).as(page.err).isZero();
    assertThat(page.out).contains("SEGMENT(1)").contains("--previous-if-exists");
  }

  @Test
  void bashCompletionsLoaderFindsTheCompletion() throws Exception {
    Path loader = Path.of("/usr/share/bash-completion/bash_completion");
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    Run install = sh(STEPS, userEnv());
    assertThat(install.exit).as(install.err).isZero();
    Path linked = home.resolve(".local/share/bash-completion/completions/segment");
    assertThat(Files.readString(linked)).contains("complete -F _complete_segment");
    assumeTrue(Files.exists(loader), "the bash-completion package is not installed");
    List<String> bash =
        new ArrayList<>(
            List.of(
                "bash",
                "--norc",
                "-c",
                "source " + loader + "; __load_completion segment; complete -p segment"));
    Run loaded = sh(String.join(" ", quoted(bash)), userEnv());
    assertThat(loaded.out).contains("_complete_segment");
  }

  private static List<String> quoted(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      out.add("'" + w.replace("'", "'\\''") + "'");
    }
    return out;
  }
}

package dev.segment.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test sources in a JVM of its own, for what needs a second process. */
public final class ChildJvm {
  private ChildJvm() {}

  /** Starts {@code main} with the compiled classes (no jar needed) and these arguments. */
  public static Process start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-cp");
    command.add(
        Path.of("target", "test-classes").toAbsolutePath()
            + java.io.File.pathSeparator
            + Path.of("target", "classes").toAbsolutePath());
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Reads the child's output up to a line equal to {@code line}; fails if it ends first. */
  public static void awaitLine(Process p, String line) throws IOException {
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      if (l.equals(line)) {
        return;
      }
      seen.append(l).append('\n');
    }
    throw new IOException("the child ended without printing '" + line + "':\n" + seen);
  }
}

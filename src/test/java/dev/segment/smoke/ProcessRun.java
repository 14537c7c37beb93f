package dev.segment.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One finished command of an install test: its exit code, standard output and standard error. It
 * runs with only the environment given (a new user's bare one), empty standard input, and standard
 * error through a file so that a chatty command never blocks on a full pipe.
 */
record ProcessRun(int exit, String out, String err) {
  static ProcessRun of(Path folder, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
    builder.environment().clear();
    builder.environment().putAll(env);
    Path errFile = Files.createTempFile("segment-run", ".err");
    Process p =
        builder
            .directory(folder.toFile())
            .redirectError(errFile.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    p.getOutputStream().close();
    String out;
    try (InputStream stdout = p.getInputStream()) {
      out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS))
        .as("finished: %s", String.join(" ", command))
        .isTrue();
    String err = Files.readString(errFile);
    Files.delete(errFile);
    return new ProcessRun(p.exitValue(), out, err.lines().collect(Collectors.joining("\n")));
  }
}

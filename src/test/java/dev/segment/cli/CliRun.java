package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the CLI in-process and reads like the spec: {@code run(...).exitedWith(3).errContains(…)}.
 */
final class CliRun {
  final int exit;
  final String out;
  final String err;

  private CliRun(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static CliRun run(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    InputStream in = new ByteArrayInputStream(stdin);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, in, out, err);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The exit code and standard error of a run given its own streams. */
  record Streams(int exit, String err) {}

  CliRun exitedWith(int expected) {
    assertThat(exit).as("exit code; stderr was:%n%s", err).isEqualTo(expected);
    return this;
  }

  CliRun succeeded() {
    return exitedWith(ExitCodes.OK);
  }

  CliRun errContains(String... parts) {
    assertThat(err).contains(parts);
    return this;
  }

  CliRun outContains(String... parts) {
    assertThat(out).contains(parts);
    return this;
  }

  CliRun noStackTrace() {
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    return this;
  }

  CliRun oneLineError() {
    noStackTrace();
    assertThat(err.strip().lines().count()).as("error lines in:%n%s", err).isEqualTo(1);
    return this;
  }
}

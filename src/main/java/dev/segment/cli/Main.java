package dev.segment.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Entry point: {@code main} only exits with {@link #run}'s code, so tests run the CLI in-process.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Before any AWT class loads: cron has no display, and the chart needs none.
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs segment with these streams and returns the exit code. */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      CommandLine cli = commandLine(in, stdout, stderr);
      Optional<String> config = ConfigFile.find(args);
      if (config.isPresent()) {
        try {
          ConfigFile.install(cli, config.get());
        } catch (ParameterException e) {
          return new Errors.Usage().handleParseException(e, args);
        } catch (IOException e) {
          stderr.println("segment: " + Errors.describe(e));
          return ExitCodes.FILE_SYSTEM;
        }
      }
      return cli.execute(args);
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SegmentCommand(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new Errors.Usage());
    cli.setExecutionExceptionHandler(new Errors.Execution());
    return cli;
  }
}

package dev.segment.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    // The file descriptor itself, not System.out: a PrintStream swallows a failed write, and a
    // report that cannot be written (a full disk) must fail the run.
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    Thread.setDefaultUncaughtExceptionHandler(Main::helperFailed);
    System.exit(run(args, System.in, stdout, System.err));
  }

  /**
   * A helper thread (the CSV parser, the chart, the parts of a large file) hands what failed in it
   * to the run, which says it in one sentence; this is the backstop should one fail on its own, out
   * of memory most likely: the same sentence, then exit 1 (the shutdown hooks remove staged files).
   */
  private static void helperFailed(Thread thread, Throwable e) {
    try {
      PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
      if (Errors.outOfMemoryIn(e) != null) {
        Errors.outOfMemory(err, e, false);
        System.exit(ExitCodes.FILE_SYSTEM);
      }
      Errors.print(err, "warning: " + thread.getName() + " failed (" + e + "); please report it");
    } catch (OutOfMemoryError again) {
      // Not even the sentence fits: the exit code must still say it failed, without a trace.
      Runtime.getRuntime().halt(ExitCodes.FILE_SYSTEM);
    }
  }

  /** Runs segment with these streams and returns the exit code. */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    Errors.startRun();
    StandardOutput guarded = new StandardOutput(out);
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8));
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = execute(args, in, stdout, stderr);
    } catch (OutOfMemoryError e) {
      // Whatever held the memory is unreachable by now, so the sentence has room.
      code = Errors.outOfMemory(stderr, e, verbose(args));
    } catch (RuntimeException | Error e) {
      code = Errors.internal(stderr, e, verbose(args));
    }
    stdout.flush();
    String failure = guarded.failureSentence();
    if (failure != null && code == ExitCodes.OK) {
      // The files in --out are already in place: the report lists them, so it comes after them.
      Errors.print(stderr, failure);
      code = ExitCodes.FILE_SYSTEM;
    }
    stderr.flush();
    return code;
  }

  private static int execute(
      String[] args, InputStream in, PrintWriter stdout, PrintWriter stderr) {
    CommandLine cli = commandLine(in, stdout, stderr);
    Optional<String> config = ConfigFile.find(args);
    if (config.isPresent()) {
      try {
        ConfigFile.install(cli, config.get());
      } catch (ParameterException e) {
        return new Errors.Usage().handleParseException(e, args);
      } catch (ConfigFile.Unreadable e) {
        Errors.print(stderr, e.getMessage());
        return ExitCodes.USAGE;
      } catch (IOException e) {
        Errors.print(stderr, Errors.describe(e));
        return ExitCodes.FILE_SYSTEM;
      }
    }
    return cli.execute(args);
  }

  private static boolean verbose(String[] args) {
    return Arrays.asList(args).contains("--verbose");
  }

  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SegmentCommand(in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new Errors.Usage());
    cli.setExecutionExceptionHandler(new Errors.Execution());
    // The options in headed sections (each its own heading, so the command has no list heading).
    cli.getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, OptionSections.OPTION_LIST);
    return cli;
  }
}

package dev.segment.cli;

import dev.segment.model.DataException;
import dev.segment.text.PrintableText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns failures into one sentence on standard error and the SPEC's exit code. */
final class Errors {
  /**
   * Heap given back before the out-of-memory sentence is built, so that building and printing it
   * cannot run out too while a thread still holds what filled the heap.
   */
  @SuppressWarnings("unused")
  private static volatile byte[] reserve = new byte[1 << 19];

  private static final AtomicBoolean outOfMemoryTold = new AtomicBoolean();

  /** A new run (tests run many in one JVM): its own reserve, and its own out-of-memory sentence. */
  static void startRun() {
    if (reserve == null) {
      reserve = new byte[1 << 19];
    }
    outOfMemoryTold.set(false);
  }

  private Errors() {}

  /** Usage errors (exit 2): the message and where to look, not the whole help. */
  static final class Usage implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cli = ex.getCommandLine();
      PrintWriter err = cli.getErr();
      String message = ex.getMessage();
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
          && !unmatched.getSuggestions().isEmpty()) {
        message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
      }
      // One line: the sentence and where to look.
      print(err, message + "; see 'segment --help'");
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** Errors while running: data (3), file system (1), out of memory and bugs (1). */
  static final class Execution implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
      PrintWriter err = cli.getErr();
      boolean verbose = parsed.hasMatchedOption("--verbose");
      Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
      if (outOfMemoryIn(ex) != null) {
        return outOfMemory(err, ex, verbose);
      }
      int code;
      if (cause instanceof DataException) {
        print(err, cause.getMessage());
        code = ExitCodes.DATA;
      } else if (cause instanceof IOException) {
        print(err, describe((IOException) cause));
        code = ExitCodes.FILE_SYSTEM;
      } else {
        return internal(err, ex, verbose);
      }
      if (verbose) {
        trace(err, ex);
      }
      err.flush();
      return code;
    }
  }

  /**
   * Prints one line to standard error: {@code segment: } and the sentence, any control character in
   * it (from a header cell, an id, an option's value) shown escaped, and no value in it quoted at
   * more than about 80 characters (a value quoted without {@link PrintableText#clip} is caught
   * here).
   */
  static void print(PrintWriter err, String sentence) {
    err.println("segment: " + PrintableText.escape(PrintableText.bounded(sentence)));
    err.flush();
  }

  /** Out of memory, anywhere in the run: one sentence with the heap's size and how to raise it. */
  static int outOfMemory(PrintWriter err, Throwable e, boolean verbose) {
    reserve = null;
    if (outOfMemoryTold.getAndSet(true)) {
      // The main thread and a helper's backstop can both meet it: one sentence is enough.
      return ExitCodes.FILE_SYSTEM;
    }
    long max = Runtime.getRuntime().maxMemory();
    print(
        err,
        "out of memory: the Java heap ("
            + heap(max)
            + ") is too small for this input; run it again with a larger one, e.g."
            + " SEGMENT_JAVA_OPTS=-Xmx"
            + suggestedGiB(max)
            + "g (read by the segment launcher; java -Xmx"
            + suggestedGiB(max)
            + "g -jar segment.jar otherwise)");
    if (verbose) {
      trace(err, e);
    }
    err.flush();
    return ExitCodes.FILE_SYSTEM;
  }

  /** A bug: one line asking for a report; the stack trace with --verbose. */
  static int internal(PrintWriter err, Throwable e, boolean verbose) {
    print(
        err,
        "internal error ("
            + e
            + "); this is a bug, please report it with the output of the same command with"
            + " --verbose");
    if (verbose) {
      trace(err, e);
    }
    err.flush();
    return ExitCodes.FILE_SYSTEM;
  }

  /** The out-of-memory error among {@code e} and its causes, or null. */
  static OutOfMemoryError outOfMemoryIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        return oom;
      }
    }
    return null;
  }

  /** {@code 512 MiB}, {@code 1.0 GiB}. */
  static String heap(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "no limit";
    }
    if (bytes < 1L << 30) {
      return (bytes >> 20) + " MiB";
    }
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
  }

  /** 4 GiB, SPEC's example, or twice the heap when that is already more. */
  static long suggestedGiB(long max) {
    long twice = max == Long.MAX_VALUE ? 0 : (2 * max + (1L << 30) - 1) >> 30;
    return Math.max(4, twice);
  }

  /** The stack trace, each line escaped like the sentence (a message may quote input text). */
  private static void trace(PrintWriter err, Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    for (String line : text.toString().split("\\R")) {
      // Frames begin with a tab, which stays; a tab in a message is escaped.
      boolean frame = line.startsWith("\t");
      err.println((frame ? "\t" : "") + PrintableText.escape(frame ? line.substring(1) : line));
    }
  }

  /** One sentence for a file-system failure, naming the file. */
  static String describe(IOException e) {
    if (e instanceof OutputFailure || e instanceof MissingOptionFile) {
      return e.getMessage();
    }
    if (e instanceof dev.segment.io.OptionFileException o) {
      return "cannot read the " + o.option() + " file " + o.getFile() + ": " + reason(o.why());
    }
    if (e instanceof NoSuchFileException) {
      return "cannot read " + ((NoSuchFileException) e).getFile() + ": no such file";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      return "cannot read " + f.getFile() + ": " + reason(f);
    }
    return "input/output error: " + message(e);
  }

  /** Why a file-system call failed, in words rather than the exception's class name. */
  static String reason(FileSystemException f) {
    if (f instanceof dev.segment.io.OptionFileException o) {
      return reason(o.why());
    }
    if (f instanceof NoSuchFileException) {
      return "a folder on the path does not exist";
    }
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (f instanceof NotDirectoryException || "Not a directory".equals(f.getReason())) {
      return "part of the path is a file, not a folder";
    }
    String reason = f.getReason();
    return reason == null ? "file-system error (" + f.getClass().getSimpleName() + ")" : reason;
  }

  private static String message(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * A file an option names is missing: says which option, since from a --config file the user does
   * not see the path on the command line, and what to do.
   */
  static final class MissingOptionFile extends IOException {
    private static final long serialVersionUID = 1L;

    MissingOptionFile(String option, java.nio.file.Path file, String advice) {
      super("cannot read the " + option + " file " + file + ": no such file; " + advice);
    }
  }

  /** Writing into --out failed: says so, with the folder and why. */
  static final class OutputFailure extends IOException {
    private static final long serialVersionUID = 1L;

    OutputFailure(java.nio.file.Path out, IOException cause) {
      super("cannot write the results into --out " + out + ": " + why(out, cause), cause);
    }

    private static String why(java.nio.file.Path out, IOException cause) {
      if (cause instanceof FileSystemException f) {
        String file = f.getFile();
        String reason = reason(f);
        boolean named = file == null || file.equals(out.toString());
        return named ? reason : reason + " (" + file + ")";
      }
      return message(cause);
    }
  }
}

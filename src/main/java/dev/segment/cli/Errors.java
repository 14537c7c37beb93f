package dev.segment.cli;

import dev.segment.model.DataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns failures into one sentence on standard error and the SPEC's exit code. */
final class Errors {
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
      err.println("segment: " + message + "; see 'segment --help'");
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** Errors while running: data (3), file system (1), bugs (1, with a stack trace). */
  static final class Execution implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
      PrintWriter err = cli.getErr();
      boolean verbose = parsed.hasMatchedOption("--verbose");
      int code;
      Throwable cause = ex instanceof UncheckedIOException ? ex.getCause() : ex;
      if (cause instanceof DataException) {
        err.println("segment: " + cause.getMessage());
        code = ExitCodes.DATA;
      } else if (cause instanceof IOException) {
        err.println("segment: " + describe((IOException) cause));
        code = ExitCodes.FILE_SYSTEM;
      } else {
        err.println(
            "segment: internal error ("
                + ex
                + "); this is a bug, please report it"
                + " with the output of --verbose");
        code = ExitCodes.FILE_SYSTEM;
        verbose = true;
      }
      if (verbose) {
        ex.printStackTrace(err);
      }
      err.flush();
      return code;
    }
  }

  /** One sentence for a file-system failure, naming the file. */
  static String describe(IOException e) {
    if (e instanceof OutputFailure || e instanceof MissingOptionFile) {
      return e.getMessage();
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

package dev.segment.cli;

import dev.segment.model.DataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
      err.println("segment: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try 'segment --help' for the options.");
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
        err.println("segment: internal error (" + ex + "); this is a bug, please report it"
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
    if (e instanceof NoSuchFileException) {
      return "cannot read " + ((NoSuchFileException) e).getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      FileSystemException f = (FileSystemException) e;
      return "cannot access " + f.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String reason = f.getReason() == null ? "file-system error" : f.getReason();
      return f.getFile() + ": " + reason;
    }
    String message = e.getMessage();
    return "input/output error: " + (message == null ? e.getClass().getSimpleName() : message);
  }
}

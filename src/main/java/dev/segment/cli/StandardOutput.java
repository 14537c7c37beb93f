package dev.segment.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed: a {@link java.io.PrintWriter} swallows the
 * error, and the run must still tell a full disk (exit 1) from a reader that closed the pipe early,
 * as {@code head} does (not an error). After a failure later writes are dropped.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream out;
  private IOException failure;

  StandardOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * The sentence for a write that failed, or null when every write went through or the reader
   * closed the pipe early.
   */
  String failureSentence() {
    if (failure == null || brokenPipe(failure)) {
      return null;
    }
    String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return "cannot write the report to standard output: " + why;
  }

  /** EPIPE: the reader is gone ({@code segment … | head}); what it did not read is not wanted. */
  static boolean brokenPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null) {
        String lower = m.toLowerCase(Locale.ROOT);
        // Linux and macOS say "Broken pipe"; Windows "The pipe is being closed" or "has been
        // ended".
        if (lower.contains("broken pipe")
            || lower.contains("pipe is being closed")
            || lower.contains("pipe has been ended")) {
          return true;
        }
      }
    }
    return false;
  }

  private void check() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  private IOException failed(IOException e) {
    failure = e;
    return e;
  }
}

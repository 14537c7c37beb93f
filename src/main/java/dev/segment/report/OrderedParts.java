package dev.segment.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A few threads that format a file's rows in parts and hand the parts to the output in file order,
 * at most one part per thread ahead of the writing.
 */
final class OrderedParts {
  /** Formats rows {@code [from, to)} into {@code into}. */
  @FunctionalInterface
  interface Formatter {
    void format(int from, int to, Utf8CsvBuffer into) throws IOException;
  }

  // Parts stay small: a buffer of half a G1 region or more (512 KiB in a 1 GiB heap) is a humongous
  // object, and many of those start needless collection cycles.
  static final int PART_ROWS = 1 << 12;
  private static final int PART_BYTES = PART_ROWS * 80;
  private static final int MAX_WORKERS = 4;

  private OrderedParts() {}

  /**
   * Formats rows {@code [0, rows)} into {@code out}: on the calling thread when they fit one part,
   * else in parts of {@link #PART_ROWS} on up to four threads.
   */
  static void write(int rows, Formatter formatter, Utf8CsvBuffer out) throws IOException {
    if (rows <= PART_ROWS) {
      formatter.format(0, rows, out);
      return;
    }
    int workers = Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            task -> {
              Thread t = new Thread(task, "segment-tiers-csv");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<Utf8CsvBuffer>> parts = new ArrayDeque<>();
      int next = 0;
      while (next < rows || !parts.isEmpty()) {
        while (next < rows && parts.size() <= workers) {
          int from = next;
          int to = Math.min(rows, from + PART_ROWS);
          parts.add(
              pool.submit(
                  () -> {
                    Utf8CsvBuffer part = new Utf8CsvBuffer(PART_BYTES);
                    formatter.format(from, to, part);
                    return part;
                  }));
          next = to;
        }
        out.append(done(parts.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Utf8CsvBuffer done(Future<Utf8CsvBuffer> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing tiers.csv");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}

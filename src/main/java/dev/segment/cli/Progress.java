package dev.segment.cli;

import java.util.function.LongConsumer;

/**
 * How far the read of the input file has got, shown as a bar on standard error when the launcher
 * says a person watches it ({@code -Dsegment.progress=true}, set when stderr is a terminal) and the
 * run lasts over a second. Otherwise it does nothing and the bar's library is never loaded.
 */
final class Progress implements AutoCloseable {
  static final String PROPERTY = "segment.progress";

  private final boolean shown;
  private final ProgressState state = new ProgressState();
  private Thread bar;

  private Progress(boolean shown) {
    this.shown = shown;
  }

  /** A progress display for this run: off with {@code --quiet} or without the launcher's flag. */
  static Progress forRun(boolean quiet) {
    return new Progress(!quiet && Boolean.getBoolean(PROPERTY));
  }

  /**
   * A counter of the bytes read so far from a file of {@code size} bytes; several threads may add
   * to it at once.
   */
  LongConsumer reading(long size) {
    if (!shown || size <= 0) {
      return n -> {};
    }
    bar = new Thread(new ProgressBarTask(state, size), "segment-progress");
    bar.setDaemon(true);
    bar.start();
    return state::read;
  }

  /** Names what the run does after reading (ranking, writing the files). */
  void phase(String name) {
    state.phase(name);
  }

  /** Ends the bar before the report is printed, so the two never interleave. */
  @Override
  public void close() {
    state.finish();
    Thread t = bar;
    if (t != null) {
      try {
        t.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

package dev.segment.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Draws a run's {@link ProgressState} with me.tongfei's progressbar once the run has lasted a
 * second; a shorter run never shows (or loads) it.
 */
final class ProgressBarTask implements Runnable {
  private static final long DELAY_MILLIS = 1000;
  private static final long TICK_MILLIS = 200;
  private static final long MIB = 1L << 20;

  private final ProgressState progress;
  private final long size;

  ProgressBarTask(ProgressState progress, long size) {
    this.progress = progress;
    this.size = size;
  }

  @Override
  public void run() {
    if (!sleep(DELAY_MILLIS)) {
      return;
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("segment")
            .setInitialMax(size)
            .setUnit(" MiB", MIB)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis((int) TICK_MILLIS)
            .continuousUpdate()
            .build();
    try {
      while (!progress.done()) {
        bar.stepTo(Math.min(size, progress.bytesRead()));
        bar.setExtraMessage(progress.phase());
        sleep(TICK_MILLIS);
      }
      bar.stepTo(size);
      bar.setExtraMessage("done");
    } finally {
      bar.close();
    }
  }

  /** Sleeps unless the run ends first; false when it has ended. */
  private boolean sleep(long millis) {
    long end = System.currentTimeMillis() + millis;
    while (!progress.done()) {
      long left = end - System.currentTimeMillis();
      if (left <= 0) {
        return true;
      }
      try {
        Thread.sleep(Math.min(left, 50));
      } catch (InterruptedException e) {
        return false;
      }
    }
    return false;
  }
}

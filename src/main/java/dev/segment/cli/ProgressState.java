package dev.segment.cli;

import java.util.concurrent.atomic.LongAdder;

/**
 * How far a run has got, as the progress bar shows it: the bytes read, the phase and whether the
 * run is done. Written by the run's threads and read by the bar's.
 */
final class ProgressState {
  private final LongAdder bytesRead = new LongAdder();
  private volatile String phase = "reading";
  private volatile boolean done;

  void read(long bytes) {
    bytesRead.add(bytes);
  }

  long bytesRead() {
    return bytesRead.sum();
  }

  void phase(String name) {
    phase = name;
  }

  String phase() {
    return phase;
  }

  void finish() {
    done = true;
  }

  boolean done() {
    return done;
  }
}

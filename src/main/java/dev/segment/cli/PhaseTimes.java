package dev.segment.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Wall time per phase of one run, shown on standard error with {@code --verbose}: the profile that
 * docs/PERFORMANCE.md quotes, cheap enough to take on every run.
 */
final class PhaseTimes {
  private final long start = System.nanoTime();
  private final StringBuilder line = new StringBuilder();
  private long last = start;

  /** Ends the phase that ran since the previous mark. */
  void mark(String phase) {
    long now = System.nanoTime();
    append(phase, now - last);
    last = now;
  }

  /** Records a phase measured elsewhere (on another thread). */
  void add(String phase, long nanos) {
    append(phase, nanos);
  }

  void print(PrintWriter err) {
    long jvm = start / 1_000_000L - jvmStartMillis();
    err.println(
        "segment: timing: "
            + line
            + String.format(
                Locale.ROOT,
                "; total %.3f s after %.3f s of JVM start",
                (System.nanoTime() - start) / 1e9,
                Math.max(0, jvm) / 1e3));
    err.flush();
  }

  private void append(String phase, long nanos) {
    if (line.length() > 0) {
      line.append(", ");
    }
    line.append(phase).append(String.format(Locale.ROOT, " %.3f s", nanos / 1e9));
  }

  /** Milliseconds from the JVM's start to the first mark, on the nanoTime clock's epoch. */
  private static long jvmStartMillis() {
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    return System.nanoTime() / 1_000_000L - uptime;
  }
}

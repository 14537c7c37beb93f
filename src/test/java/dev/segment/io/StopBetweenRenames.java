package dev.segment.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A run that is killed outright ({@code Runtime.halt}, as {@code kill -9} does) after its k-th
 * rename or removal: {@code StopBetweenRenames DIR K MARKER} stages segments.csv, tiers.csv and
 * pareto.png, each holding MARKER, and commits.
 */
public final class StopBetweenRenames {
  private StopBetweenRenames() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int k = Integer.parseInt(args[1]);
    byte[] marker = (args[2] + "\n").getBytes(StandardCharsets.UTF_8);
    int[] done = {0};
    OutputFolder.FileOps halting =
        new OutputFolder.FileOps() {
          @Override
          public void move(Path from, Path to) throws IOException {
            OutputFolder.FileOps.super.move(from, to);
            stopAfter();
          }

          @Override
          public void delete(Path file) throws IOException {
            OutputFolder.FileOps.super.delete(file);
            stopAfter();
          }

          private void stopAfter() {
            if (++done[0] == k) {
              Runtime.getRuntime().halt(137);
            }
          }
        };
    try (OutputFolder folder = OutputFolder.open(dir, () -> {}, halting)) {
      for (String name : new String[] {"segments.csv", "tiers.csv", "pareto.png"}) {
        folder.stage(name, out -> out.write(marker));
      }
      folder.commit();
    }
  }
}

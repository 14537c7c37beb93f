package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * End to end, the written files do not depend on the order of the input rows, and the rows read
 * equal used plus skipped, on random exports with duplicates, ties, zeros, negatives and junk.
 */
class RowOrderProperties {
  @Property(tries = 40, seed = "20261125")
  void filesAreTheSameForAnyRowOrder(
      @ForAll @IntRange(min = 1, max = 60) int rows, @ForAll long seed) throws IOException {
    Random rng = new Random(seed);
    List<String> lines = new ArrayList<>();
    String[] junk = {"", "n/a", "12abc", "--5", "(-5)"};
    for (int i = 0; i < rows; i++) {
      String id = "c" + rng.nextInt(Math.max(1, rows / 2));
      String mrr;
      int kind = rng.nextInt(10);
      if (kind == 0) {
        mrr = junk[rng.nextInt(junk.length)];
      } else if (kind == 1) {
        mrr = "0";
      } else if (kind == 2) {
        mrr = "(" + rng.nextInt(50) + ".5)";
      } else {
        mrr = (rng.nextInt(5) * 100) + "." + rng.nextInt(10);
      }
      lines.add(id + ",\"Name " + id + "\"," + mrr);
    }
    String first = runOn(lines, "a");
    List<String> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, rng);
    String second = runOn(shuffled, "b");
    assertThat(second).isEqualTo(first);
  }

  private static String runOn(List<String> lines, String name) throws IOException {
    Path dir = Files.createTempDirectory("segment-order-");
    try {
      Path in = dir.resolve(name + ".csv");
      Files.writeString(
          in, "customer_id,name,mrr\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      Path out = dir.resolve("out");
      CliRun run = CliRun.run(in.toString(), "--out", out.toString(), "--no-chart", "--quiet");
      if (run.exit != 0) {
        // The same kind of data error (no customer on the curve) whatever the order; the line
        // numbers it names do depend on the order.
        return "exit " + run.exit;
      }
      return Files.readString(out.resolve("segments.csv"))
          + Files.readString(out.resolve("tiers.csv"));
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Collections.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}

package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The wide form (amounts past a long) gives the same files as the long form: the same export, its
 * amounts in cents, with 20 zeros after each amount's last decimal (the same numbers, but past 18
 * significant digits) writes byte for byte the same {@code tiers.csv}, {@code segments.csv}, {@code
 * changes.csv} and {@code retention.csv}, for every cut basis, ties at the cuts, zeros, negatives,
 * pins, grace and {@code --previous}.
 */
class WideAmountsProperties {
  private static final String PAD = "0".repeat(20);

  @Property(tries = 15, seed = "20261202")
  void theWideFormWritesWhatTheLongFormWrites(
      @ForAll @IntRange(min = 1, max = 40) int rows, @ForAll long seed) throws IOException {
    Random rng = new Random(seed);
    List<String[]> lines = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String id = "c" + rng.nextInt(Math.max(1, rows * 2 / 3));
      int kind = rng.nextInt(10);
      String whole;
      String decimals;
      if (kind == 0) {
        whole = "0";
        decimals = "00";
      } else if (kind == 1) {
        whole = "-" + rng.nextInt(300);
        decimals = "50";
      } else if (kind < 5) {
        // Few distinct values, so ties fall at the cuts.
        whole = String.valueOf(100 * (1 + rng.nextInt(4)));
        decimals = "00";
      } else {
        whole = String.valueOf(rng.nextInt(5000));
        decimals = String.format("%02d", rng.nextInt(100));
      }
      lines.add(new String[] {id, whole, decimals});
    }
    Path dir = Files.createTempDirectory("segment-wide-");
    try {
      Path plain = write(dir.resolve("plain.csv"), lines, false);
      Path wide = write(dir.resolve("wide.csv"), lines, true);
      Path pins = dir.resolve("pins.csv");
      Files.writeString(pins, "id,tier\n" + lines.get(0)[0] + ",2\n", StandardCharsets.UTF_8);
      String[][] runs = {
        {"--by", "customers", "--cuts", "20,50"},
        {"--by", "revenue"},
        {"--by", "mrr", "--cuts", "300,100"},
        {"--by", "auto"},
        {"--by", "revenue", "--cuts", "30,60", "--pin", pins.toString()},
      };
      for (int k = 0; k < runs.length; k++) {
        Path a = dir.resolve("a" + k);
        Path b = dir.resolve("b" + k);
        int exitA = run(plain, a, runs[k]);
        int exitB = run(wide, b, runs[k]);
        assertThat(exitB).isEqualTo(exitA);
        assertSameFiles(a, b);
        if (exitA == 0 && k == 0) {
          // The later run moves customers between tiers: grace and retention against the earlier.
          String[] later = {
            "--by", "revenue", "--previous", a.resolve("tiers.csv").toString(), "--grace", "25"
          };
          Path c = dir.resolve("c");
          Path d = dir.resolve("d");
          assertThat(run(wide, d, later)).isEqualTo(run(plain, c, later));
          assertSameFiles(c, d);
        }
      }
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Path write(Path file, List<String[]> lines, boolean pad) throws IOException {
    StringBuilder text = new StringBuilder("customer_id,name,mrr\n");
    for (String[] line : lines) {
      // Cents in both: files write amounts to cents at least, so 400 and 400.00000 differ there.
      String amount = line[1] + "." + line[2] + (pad ? PAD : "");
      text.append(line[0]).append(",Name ").append(line[0]).append(',').append(amount);
      text.append('\n');
    }
    Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private static int run(Path input, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of(input.toString(), "--out", out.toString()));
    args.addAll(List.of("--no-chart", "--quiet"));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new)).exit;
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    for (String name : List.of("tiers.csv", "segments.csv", "changes.csv", "retention.csv")) {
      Path x = a.resolve(name);
      Path y = b.resolve(name);
      assertThat(Files.exists(y)).as(name).isEqualTo(Files.exists(x));
      if (Files.exists(x)) {
        assertThat(Files.readString(y)).as(name).isEqualTo(Files.readString(x));
      }
    }
  }
}

package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * End to end: {@code --group-by} on a column holding one value gives the ungrouped tiers exactly
 * (tiers.csv with the group column dropped), for each basis, on random exports with duplicates,
 * ties and zeros.
 */
class GroupByProperties {
  private static final String[][] BASES = {
    {"--by", "customers", "--cuts", "20,50"},
    {"--by", "revenue", "--cuts", "45,75"},
    {"--by", "mrr", "--cuts", "300,100"},
    {"--by", "auto"},
  };

  @Property(tries = 30, seed = "20261207")
  void oneGroupGivesTheUngroupedTiers(
      @ForAll @IntRange(min = 1, max = 60) int rows,
      @ForAll @IntRange(min = 0, max = 3) int basis,
      @ForAll long seed)
      throws IOException {
    Random rng = new Random(seed);
    List<String> lines = new ArrayList<>();
    lines.add("id,name,region,mrr");
    for (int i = 0; i < rows; i++) {
      String id = "c" + rng.nextInt(Math.max(1, rows / 2));
      lines.add(id + ",Name " + id + ", EU ," + (rng.nextInt(6) * 100));
    }
    Path dir = Files.createTempDirectory("group-by");
    Path input = dir.resolve("in.csv");
    Files.write(input, lines, StandardCharsets.UTF_8);
    List<String> plain = run(input, dir.resolve("plain"), basis, false);
    List<String> grouped = run(input, dir.resolve("grouped"), basis, true);
    List<String> dropped = new ArrayList<>();
    for (String line : grouped) {
      String[] cells = line.split(",", -1);
      assertThat(cells[2]).isIn("group", "EU");
      List<String> kept = new ArrayList<>(List.of(cells));
      kept.remove(2);
      dropped.add(String.join(",", kept));
    }
    assertThat(dropped).isEqualTo(plain);
    List<String> segments = Files.readAllLines(dir.resolve("grouped").resolve("segments.csv"));
    List<String> plainSegments = Files.readAllLines(dir.resolve("plain").resolve("segments.csv"));
    // One EU block and the all block, each the ungrouped tiers.
    for (int t = 1; t < plainSegments.size(); t++) {
      assertThat(segments.get(t)).isEqualTo("EU," + plainSegments.get(t));
      assertThat(segments.get(t + plainSegments.size() - 1))
          .isEqualTo("all," + plainSegments.get(t));
    }
  }

  private static List<String> run(Path input, Path out, int basis, boolean grouped)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(input.toString(), "--out", out.toString(), "--no-chart", "--no-html", "-q"));
    args.addAll(List.of(BASES[basis]));
    if (grouped) {
      args.addAll(List.of("--group-by", "region"));
    }
    CliRun.run(args.toArray(String[]::new)).succeeded();
    return Files.readAllLines(out.resolve("tiers.csv"), StandardCharsets.UTF_8);
  }
}

package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --group-by draws pareto.png, pareto.svg and the page's chart as one small chart per group. */
class GroupChartCliTest {
  @TempDir Path dir;

  /** {@code groups} regions R01, R02, ...; region k has 20 customers of 1000/k MRR and down. */
  private Path input(int groups) throws IOException {
    StringBuilder csv = new StringBuilder("id,region,mrr\n");
    for (int k = 1; k <= groups; k++) {
      for (int i = 0; i < 20; i++) {
        csv.append(String.format("c%d_%d,R%02d,%d\n", k, i, k, 1000 * 20 / k / (i + 1)));
      }
    }
    Path file = dir.resolve("in-" + groups + ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void fourteenGroupsChartTheTwelveLargestAndListTheTwoOthersOnThePage() throws IOException {
    Path out = dir.resolve("out");
    CliRun.run(
            input(14).toString(),
            "--out",
            out.toString(),
            "--group-by",
            "region",
            "--chart-format",
            "png,svg")
        .succeeded();
    BufferedImage png = ImageIO.read(out.resolve("pareto.png").toFile());
    assertThat(png.getWidth() + "x" + png.getHeight()).isEqualTo("1600x900");
    String svg = Files.readString(out.resolve("pareto.svg"), StandardCharsets.UTF_8);
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    for (int k = 1; k <= 12; k++) {
      String title = String.format(">R%02d: 20 customers, ", k);
      assertThat(svg).contains(title);
      assertThat(page).contains(title);
    }
    assertThat(svg).contains("each group on its own curve", "Not charted (2 smaller groups): R13");
    assertThat(svg).doesNotContain(">R13: ", ">R14: ");
    String figure =
        page.substring(page.indexOf("<figure class=\"chart\">"), page.indexOf("</figure>"));
    assertThat(figure).contains(">R12: 20").doesNotContain(">R13: 20", ">R14: 20");
    int section = page.indexOf("<section id=\"groups-not-charted\">");
    assertThat(section).isPositive();
    assertThat(page.substring(section, page.indexOf("</section>", section)))
        .contains("<li>R13: 20 customers,", "<li>R14: 20 customers,");
  }

  @Test
  void threeGroupsAreAllChartedAndNoPageListsTheRestWithoutAChart() throws IOException {
    Path out = dir.resolve("out3");
    CliRun.run(input(3).toString(), "--out", out.toString(), "--group-by", "region").succeeded();
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(page).contains(">R01: 20 customers, ", ">R03: 20 customers, ");
    assertThat(page).doesNotContain("groups-not-charted");

    Path bare = dir.resolve("bare");
    CliRun.run(input(14).toString(), "--out", bare.toString(), "--group-by", "region", "--no-chart")
        .succeeded();
    assertThat(Files.readString(bare.resolve("report.html"), StandardCharsets.UTF_8))
        .doesNotContain("groups-not-charted", "<svg");
  }
}

package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pareto.svg drawn by two renderers, headless Chromium and {@code rsvg-convert} (librsvg, as
 * Inkscape's and ImageMagick's SVG delegates draw), compared pixel by pixel: the same bars, bands,
 * line and boxes, with room only for the two renderers' fonts and anti-aliasing. Skipped, saying
 * so, when either is missing ({@code .ci/run} installs Debian's chromium and librsvg2-bin).
 */
class SvgRenderersTest {
  private static final int W = 1600;
  private static final int H = 900;

  @TempDir Path dir;

  @Test
  void chromiumAndRsvgConvertDrawTheSameChart() throws Exception {
    Optional<Path> chromium = onPath("chromium", "chromium-browser");
    Optional<Path> rsvg = onPath("rsvg-convert");
    if (chromium.isEmpty() || rsvg.isEmpty()) {
      System.err.println(
          "SvgRenderersTest: skipped, needs chromium and rsvg-convert on PATH"
              + " (apt-get install chromium librsvg2-bin)");
    }
    assumeTrue(chromium.isPresent(), "no chromium on PATH: apt-get install chromium");
    assumeTrue(rsvg.isPresent(), "no rsvg-convert on PATH: apt-get install librsvg2-bin");
    Path svg = dir.resolve("pareto.svg");
    Files.write(
        svg, ChartSvg.file(ChartSvg.svg(ParetoChart.build(SampleReports.essay(2000, 42)), W, H)));
    Path byRsvg = dir.resolve("rsvg.png");
    run(
        List.of(
            rsvg.get().toString(),
            "-w",
            "" + W,
            "-h",
            "" + H,
            "-b",
            "white",
            "-o",
            byRsvg.toString(),
            svg.toString()));
    Path byChromium = dir.resolve("chromium.png");
    Path profile = Files.createTempDirectory(dir, "profile");
    run(
        List.of(
            chromium.get().toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--default-background-color=ffffffff",
            "--user-data-dir=" + profile,
            "--window-size=" + W + "," + H,
            "--screenshot=" + byChromium,
            svg.toUri().toString()));
    BufferedImage a = ImageIO.read(byRsvg.toFile());
    BufferedImage b = ImageIO.read(byChromium.toFile());
    assertThat(a.getWidth()).isEqualTo(W);
    assertThat(b.getWidth()).isEqualTo(W);
    int differ = 0;
    int inked = 0;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        if ((p & 0xFFFFFF) != 0xFFFFFF) {
          inked++;
        }
        if (distance(p, q) > 48) {
          differ++;
        }
      }
    }
    // Bars, bands and line cover a third of the canvas; fonts differ in a few percent of it.
    assertThat(inked).as("pixels rsvg-convert drew").isGreaterThan(W * H / 4);
    assertThat((double) differ / (W * H)).as("share of pixels that differ").isLessThan(0.03);
  }

  private static int distance(int p, int q) {
    int d = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      d = Math.max(d, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
    }
    return d;
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(new ArrayList<>(command))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("did not finish in 180 s: " + command);
    }
    assertThat(p.exitValue()).as("exit code of %s", command).isZero();
  }

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String d : path.split(File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}

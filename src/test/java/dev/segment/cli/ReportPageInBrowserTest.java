package dev.segment.cli;

import static dev.segment.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: headless Chromium draws the sample's page at laptop and phone
 * widths (kept in {@code target/report-html/} to look at), prints it, and measures a phone-width
 * layout. Skipped, saying so, when no Chromium is installed ({@code .ci/run} installs Debian's).
 */
class ReportPageInBrowserTest {
  private static final Path SHOTS = Path.of("target/report-html");
  private static Optional<Path> browser;

  @TempDir static Path dir;
  private static Path page;

  @BeforeAll
  static void findBrowserAndWriteThePage() {
    browser = chromium();
    if (browser.isEmpty()) {
      System.err.println(
          "ReportPageInBrowserTest: skipped, no chromium on PATH"
              + " (apt-get install chromium to render report.html in a browser)");
      return;
    }
    Path out = dir.resolve("out");
    run("samples/customers-2000.csv", "--out", out.toString(), "--as-of", "2026-12-01").succeeded();
    page = out.resolve("report.html");
  }

  @Test
  void drawsTheChartAndTablesAtLaptopAndPhoneWidths() throws Exception {
    assumeTrue(browser.isPresent(), "no chromium on PATH: apt-get install chromium");
    Files.createDirectories(SHOTS);
    for (int width : new int[] {1280, 400}) {
      Path png = SHOTS.resolve("sample-" + width + ".png").toAbsolutePath();
      Files.deleteIfExists(png);
      chromium("--screenshot=" + png, "--window-size=" + width + ",1600", page.toUri().toString());
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(width);
      // Not blank: text, bars, tier shading and the blue curve give many pixels and colours.
      int inked = 0;
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          int rgb = image.getRGB(x, y) & 0xFFFFFF;
          colours.add(rgb);
          if (rgb != 0xFFFFFF) {
            inked++;
          }
        }
      }
      int sampled = (image.getWidth() / 2) * (image.getHeight() / 2);
      assertThat(inked).as("pixels drawn at %d px", width).isGreaterThan(sampled / 20);
      assertThat(colours.size()).as("colours at %d px", width).isGreaterThan(50);
    }
  }

  @Test
  void printsTheSummaryOnOneLandscapePage() throws Exception {
    assumeTrue(browser.isPresent(), "no chromium on PATH: apt-get install chromium");
    Path pdf = dir.resolve("report.pdf");
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([\\d.]+) ([\\d.]+)").matcher(text);
    assertThat(box.find()).as("a page size").isTrue();
    assertThat(Double.parseDouble(box.group(1)))
        .as("landscape")
        .isGreaterThan(Double.parseDouble(box.group(2)));
    // The summary (chart, totals, tiers, concentration) is page 1; the input and files page 2.
    int pages = 0;
    Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
    while (m.find()) {
      pages++;
    }
    assertThat(pages).isEqualTo(2);
  }

  @Test
  void nothingOverflowsAPhoneScreen() throws Exception {
    assumeTrue(browser.isPresent(), "no chromium on PATH: apt-get install chromium");
    // A copy with a measuring script (the page itself holds none): wide tables must scroll inside
    // their own box, never widen the page.
    Path out = dir.resolve("wide");
    run(
            "samples/customers-2000.csv",
            "--out",
            out.toString(),
            "--names",
            "High-touch enterprise,Hybrid mid-market,Automated long tail,Four,Five,Six",
            "--cuts",
            "1,5,10,30,60",
            "--book",
            "3000000")
        .succeeded();
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    Path probe = dir.resolve("probe.html");
    Files.writeString(
        probe,
        html.replace(
            "</body>",
            "<script>document.title = 'page ' + document.documentElement.scrollWidth"
                + " + ' in ' + window.innerWidth;</script></body>"));
    String dom = chromium("--dump-dom", "--window-size=400,900", probe.toUri().toString()).strip();
    Matcher title = Pattern.compile("<title>page (\\d+) in (\\d+)</title>").matcher(dom);
    assertThat(title.find()).as("the probe's result in:%n%s", dom).isTrue();
    assertThat(Integer.parseInt(title.group(1)))
        .as("page width at a %s px viewport", title.group(2))
        .isLessThanOrEqualTo(Integer.parseInt(title.group(2)));
  }

  /** Runs headless Chromium with a fresh profile and the flags a container needs; its stdout. */
  private static String chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>();
    command.add(browser.orElseThrow().toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = dir.resolve("chromium.out");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish in 180 s: " + command);
    }
    assertThat(p.exitValue()).as("chromium's exit code for %s", command).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
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

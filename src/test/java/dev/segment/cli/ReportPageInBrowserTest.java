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

  /**
   * Measures the page in the browser through a copy with a script (the page itself holds none),
   * which writes its findings into the title: {@code name=value;…}.
   */
  private static java.util.Map<String, String> measure(Path html, int width, String script)
      throws Exception {
    String text = Files.readString(html, StandardCharsets.UTF_8);
    Path probe = Files.createTempFile(dir, "probe", ".html");
    Files.writeString(
        probe,
        text.replace(
            "</body>",
            "<script>var r = [];"
                + script
                + "document.title = 'probe:' + r.join(';');</script></body>"));
    String dom =
        chromium("--dump-dom", "--window-size=" + width + ",900", probe.toUri().toString()).strip();
    Matcher title = Pattern.compile("<title>probe:([^<]*)</title>").matcher(dom);
    assertThat(title.find()).as("the probe's result in:%n%s", dom).isTrue();
    java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
    for (String pair : title.group(1).split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        found.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return found;
  }

  @Test
  void headlineFiguresAreLargeAndTheTierColumnsCarryTheChartsBandColours() throws Exception {
    assumeTrue(browser.isPresent(), "no chromium on PATH: apt-get install chromium");
    java.util.Map<String, String> m =
        measure(
            page,
            1280,
            "var v = document.querySelectorAll('.hl-value');"
                + "r.push('headlines=' + v.length);"
                + "r.push('value=' + parseFloat(getComputedStyle(v[0]).fontSize));"
                + "r.push('body=' + parseFloat(getComputedStyle(document.body).fontSize));"
                + "var th = document.querySelectorAll('#tiers thead th');"
                + "for (var i = 1; i < th.length; i++) {"
                + "  r.push('tier' + i + '=' + getComputedStyle(th[i]).backgroundColor); }"
                + "var first = document.querySelector('main').firstElementChild.nextElementSibling;"
                + "r.push('first=' + first.className);");
    assertThat(m.get("headlines")).isEqualTo("4");
    assertThat(Double.parseDouble(m.get("value")))
        .as("a headline figure's font size")
        .isGreaterThanOrEqualTo(2 * Double.parseDouble(m.get("body")));
    assertThat(m.get("first")).as("what follows the heading").isEqualTo("headlines");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    String chart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
    for (int t = 1; t <= 3; t++) {
      String colour = m.get("tier" + t).replace(" ", "");
      assertThat(colour).as("tier %d's column", t).startsWith("rgb(");
      // JFreeSVG writes fills as rgb(r,g,b): the band of the same tier has the column's colour.
      assertThat(chart).as("the chart's band for tier %d", t).contains("fill:" + colour);
    }
  }

  @Test
  void atPhoneWidthTiersAreCardsAndTheChartsLabelsStayReadable() throws Exception {
    assumeTrue(browser.isPresent(), "no chromium on PATH: apt-get install chromium");
    java.util.Map<String, String> m =
        measure(
            page,
            400,
            "r.push('scroll=' + document.documentElement.scrollWidth);"
                + "r.push('inner=' + window.innerWidth);"
                + "r.push('cards=' + document.querySelectorAll('.card').length);"
                + "r.push('cardsShown=' + (document.querySelector('.cards').offsetHeight > 0));"
                + "r.push('tableShown=' + (document.querySelector('.has-cards').offsetHeight > 0));"
                + "var svg = document.querySelector('.chart .small svg');"
                + "var k = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
                + "var least = 99;"
                + "svg.querySelectorAll('text').forEach(function (t) {"
                + "  least = Math.min(least, k * parseFloat(t.getAttribute('font-size'))); });"
                + "r.push('least=' + least);"
                + "r.push('bigShown=' + (document.querySelector('.chart .full').offsetHeight > 0));");
    assertThat(Integer.parseInt(m.get("scroll")))
        .as("page width at a 400 px viewport")
        .isLessThanOrEqualTo(Integer.parseInt(m.get("inner")));
    assertThat(m.get("cards")).isEqualTo("3");
    assertThat(m.get("cardsShown")).isEqualTo("true");
    assertThat(m.get("tableShown")).isEqualTo("false");
    assertThat(m.get("bigShown")).isEqualTo("false");
    assertThat(Double.parseDouble(m.get("least")))
        .as("smallest chart label, px")
        .isGreaterThanOrEqualTo(12);
  }

  @Test
  void showsNoFolderPathAndNoOptionOutsideItsLastSection() throws Exception {
    // A run with notices that name options (the status column, a filter), given by absolute path.
    Path input = dir.resolve("exports").resolve("subscriptions.csv").toAbsolutePath();
    Files.createDirectories(input.getParent());
    Files.writeString(
        input,
        "customer_id,name,amount,status,interval\n"
            + "a,Acme,100,active,month\nb,Beta,50,past_due,year\nc,Cyan,20,canceled,month\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("paths").toAbsolutePath();
    run(
            input.toString(),
            "--out",
            out.toString(),
            "--cuts",
            "30,60",
            "--mrr-column",
            "amount",
            "--where",
            "interval!=none")
        .succeeded();
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain(input.getParent().toString()).doesNotContain(out.toString());
    assertThat(html).contains("subscriptions.csv");
    int method = html.indexOf("<section id=\"method\"");
    assertThat(method).as("the last section").isPositive();
    String before =
        html.substring(0, method)
            .replaceAll("(?s)<style>.*?</style>", "")
            .replaceAll("(?s)<svg.*?</svg>", "");
    assertThat(Pattern.compile("(?<![\\w-])--[a-z]").matcher(before).find())
        .as("an option named before the last section:%n%s", before)
        .isFalse();
    String last = html.substring(method);
    assertThat(last)
        .contains("<code class=\"opt\">--cuts</code> 30,60")
        .contains("<code class=\"opt\">--out</code> paths");
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

package dev.segment.cli;

import static dev.segment.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.report.PageFigures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html as a run writes it: always (whatever is printed) unless {@code --no-html}, with every
 * section the terminal report has and the same figures, customer text escaped, nothing loaded.
 */
class HtmlReportCliTest {
  static final String SCRIPT_ID = "<script>alert(1)</script>";
  static final String IMG_NAME = "\"><img src=x onerror=alert(1)>";
  static final String STYLE_NAME = "</style><b>bold</b>";
  static final String TITLE = "Q4 <script>alert(\"t\")</script> tiers";

  @TempDir static Path dir;
  static Path sample;
  static Path earlierTiers;
  static Path pins;
  static CliRun decisions;
  static Path decisionsOut;

  /**
   * The shipped sample with hostile ids, names and a kept column header, run with every decision
   * aid against an earlier run in which the hostile customers sat in the last tier.
   */
  @BeforeAll
  static void runWithEveryDecisionSection() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("samples/customers-2000.csv"), StandardCharsets.UTF_8);
    StringBuilder now = new StringBuilder();
    StringBuilder earlier = new StringBuilder();
    now.append(lines.get(0)).append(",\"</style><script>k</script>\"\n");
    earlier.append(lines.get(0)).append('\n');
    for (int i = 1; i < lines.size(); i++) {
      now.append(lines.get(i)).append(",x\n");
      earlier.append(lines.get(i)).append('\n');
    }
    now.append(csv(SCRIPT_ID)).append(',').append(csv(IMG_NAME)).append(",Business,9000,US,x\n");
    now.append("X-2,").append(csv(STYLE_NAME)).append(",Business,8000,US,x\n");
    earlier.append(csv(SCRIPT_ID)).append(',').append(csv(IMG_NAME)).append(",Business,10,US\n");
    earlier.append("X-2,").append(csv(STYLE_NAME)).append(",Business,9,US\n");
    sample = dir.resolve("now.csv");
    Files.writeString(sample, now);
    Path earlierCsv = dir.resolve("earlier.csv");
    Files.writeString(earlierCsv, earlier);
    Path earlierOut = dir.resolve("earlier\"><img src=x onerror=alert(2)>");
    run(earlierCsv.toString(), "--out", earlierOut.toString(), "--no-html", "-q").succeeded();
    earlierTiers = earlierOut.resolve("tiers.csv");
    pins = dir.resolve("pins.csv");
    Files.writeString(pins, "customer_id,tier\nCUS-10002,1\n");
    decisionsOut = dir.resolve("decisions");
    decisions =
        run(
                sample.toString(),
                "--out",
                decisionsOut.toString(),
                "--by",
                "auto",
                "--names",
                "<i>One</i>,Two,Three",
                "--book",
                "3000000",
                "--previous",
                earlierTiers.toString(),
                "--pin",
                pins.toString(),
                "--grace",
                "5",
                "--keep-columns",
                "--title",
                TITLE,
                "--as-of",
                "2026-12-01")
            .succeeded();
  }

  private static String csv(String cell) {
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String page(Path out) throws IOException {
    return Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void aDefaultRunWritesThePageAndListsIt() throws IOException {
    Path out = dir.resolve("default");
    CliRun r = run(sample.toString(), "--out", out.toString()).succeeded();
    assertThat(out.resolve("report.html")).isRegularFile();
    assertThat(r.out).contains(out.resolve("report.html").toString());
    String html = page(out);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<meta charset=\"utf-8\">")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("@page { size: landscape;")
        .contains("<title>MRR Pareto: 2,002 customers, 3.75M MRR</title>")
        .contains("<h1>MRR Pareto: 2,002 customers, 3.75M MRR</h1>")
        .contains("<svg ");
  }

  @Test
  void everyDecisionSectionIsOnThePage() throws IOException {
    String html = page(decisionsOut);
    for (String id :
        List.of(
            "tiers",
            "largest",
            "concentration",
            "input",
            "auto",
            "overrides",
            "staffing",
            "movements",
            "retention",
            "files")) {
      assertThat(html).contains("<section id=\"" + id + "\">");
    }
    assertThat(html).contains("<section id=\"method\" class=\"method\">");
    assertThat(html)
        .contains("Auto cuts (computed ABC analysis, Ultsch &amp; Lötsch 2015)")
        .contains("Staffing (book of business 3,000,000.00 ARR per CSM)")
        .contains("<caption>Biggest movers (by MRR change)</caption>")
        .contains("Retention by earlier tier")
        .contains("<p>As of 2026-12-01</p>");
  }

  @Test
  void customerTextIsEscapedEverywhere() throws IOException {
    String html = page(decisionsOut);
    // Shown, as text...
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&lt;/style&gt;&lt;b&gt;bold&lt;/b&gt;")
        .contains("&lt;i&gt;One&lt;/i&gt;")
        .contains("<title>Q4 &lt;script&gt;alert(\"t\")&lt;/script&gt; tiers</title>")
        .contains("&lt;/style&gt;&lt;script&gt;k&lt;/script&gt;")
        // The earlier run's folder is a local path: the page names its file only.
        .contains("Changes since tiers.csv")
        .doesNotContain("onerror=alert(2)");
    // ... never as markup.
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img")
        .doesNotContain("<b>")
        .doesNotContain("<i>");
    assertThat(count(html, "</style>")).as("the style sheet's own end tag only").isEqualTo(1);
  }

  @Test
  void thePageLoadsNothingAndRunsNothing() throws IOException {
    for (String html : List.of(page(decisionsOut), page(runDefault("loads")))) {
      assertThat(html)
          .doesNotContainIgnoringCase("<script")
          .doesNotContainIgnoringCase("<link")
          .doesNotContainIgnoringCase("<iframe")
          .doesNotContainIgnoringCase("<object")
          .doesNotContainIgnoringCase("<embed")
          .doesNotContainIgnoringCase("@import")
          .doesNotContainIgnoringCase("javascript:");
      // Customer text is escaped, so every '<' left opens a tag of segment's own.
      Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
      while (tag.find()) {
        assertThat(tag.group())
            .as("a tag that loads, links or runs something")
            .doesNotContainPattern("(?i)\\s(src|srcset|href|xlink:href|action|poster)\\s*=")
            .doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
      }
      // The chart's clip paths point into the page itself: url(#…), never a file or address.
      Matcher url = Pattern.compile("(?i)url\\(\\s*(.)").matcher(html);
      while (url.find()) {
        assertThat(url.group(1)).isEqualTo("#");
      }
    }
  }

  @Test
  void theFiguresAreTheTerminalReportsFigures() throws IOException {
    assertSameFigures(decisions.out, page(decisionsOut));
    Path out = dir.resolve("figures");
    CliRun plain = run(sample.toString(), "--out", out.toString(), "--no-chart").succeeded();
    assertSameFigures(plain.out, page(out));
  }

  @Test
  void theBillingExportNotesAreOnThePage() throws IOException {
    Path in = dir.resolve("billing.csv");
    Files.writeString(
        in,
        "customer_id,Amount,Interval,Status,Plan\n"
            + "A,100,month,active,pro\n"
            + "B,1200,year,canceled,pro\n"
            + "C,50,month,active,free\n"
            + "D,30,month,past_due,pro\n");
    Path out = dir.resolve("billing");
    CliRun r =
        run(
                in.toString(),
                "--out",
                out.toString(),
                "--mrr-column",
                "Amount",
                "--where",
                "Plan!=free")
            .succeeded();
    String html = page(out);
    assertThat(html).contains("<section id=\"filtered\">");
    int method = html.indexOf("<section id=\"method\"");
    assertThat(html.indexOf("1 by <code class=\"opt\">--where</code> \"Plan!=free\""))
        .as("the filter's count, with its option, in the last section")
        .isGreaterThan(method);
    // Warnings come before the chart and tables, so a printed first page has them, as the
    // terminal prints them above Total MRR; without their options, which the last section has.
    int chart = html.indexOf("<svg ");
    assertThat(chart).isPositive();
    for (String warning :
        List.of(
            "Warning: \"Amount\" may hold prices per billing interval",
            "Warning: column \"Status\" holds statuses, not all paying",
            "<a href=\"#filtered\">",
            "<a href=\"#method\">")) {
      assertThat(html.indexOf(warning)).as(warning).isPositive().isLessThan(chart);
    }
    for (String inFull :
        List.of(
            "if so, add <code class=\"opt\">--interval-column</code> \"Interval\"",
            "to read only the rows still paying, add <code class=\"opt\">--where</code>")) {
      assertThat(html.indexOf(inFull)).as(inFull).isGreaterThan(method);
    }
    assertThat(r.out.indexOf("Warning: ")).isLessThan(r.out.indexOf("Total MRR"));
    assertSameFigures(r.out, html);
  }

  private static void assertSameFigures(String terminal, String html) {
    PageFigures.assertSame(terminal, html);
  }

  @Test
  void thePageHasTheChartWhateverTheChartFormat() throws IOException {
    Path out = dir.resolve("svg-format");
    run(sample.toString(), "--out", out.toString(), "--chart-format", "svg", "--title", TITLE)
        .succeeded();
    String html = page(out);
    // The chart, and its simpler drawing for a phone.
    assertThat(count(html, "<svg ")).isEqualTo(2);
    String file = Files.readString(out.resolve("pareto.svg"), StandardCharsets.UTF_8);
    // The same drawing, but for the title, which the page says once, as its heading.
    String element = html.substring(html.indexOf("<svg "), html.indexOf("</svg>") + 6);
    assertThat(file).contains("Q4 &lt;script&gt;").doesNotContain("<script");
    assertThat(element).doesNotContain("Q4 &lt;script&gt;").doesNotContain("<script");
    assertThat(element.split("<path", -1).length).isEqualTo(file.split("<path", -1).length);
  }

  private static Path runDefault(String name) {
    Path out = dir.resolve(name);
    run(sample.toString(), "--out", out.toString()).succeeded();
    return out;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** The chart's options and --bom, end to end: what is written, and bad values (exit 2). */
class ChartOptionsCliTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path tmp;

  private Path input() throws IOException {
    Path p = tmp.resolve("in.csv");
    Files.writeString(
        p,
        "customer_id,name,mrr\n"
            + "A,Ålesund AS,1000\nB,Zürich AG,500\nC,東京,300\nD,D,200\nE,E,100\nF,F,0\n",
        StandardCharsets.UTF_8);
    return p;
  }

  private Path out() {
    return tmp.resolve("out");
  }

  private String[] names() throws IOException {
    try (Stream<Path> files = Files.list(out())) {
      // Segment's own files; not the folder's lock file.
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toArray(String[]::new);
    }
  }

  @Test
  void svgAloneWritesPareToSvgAValidDocumentHoldingTheLabels() throws Exception {
    CliRun.run(
            input().toString(),
            "--out",
            out().toString(),
            "--chart-format",
            "svg",
            "--names",
            "Enterprise high-touch,Mid-market hybrid,Long-tail automated",
            "--chart-size",
            "800x450")
        .succeeded();

    assertThat(names()).containsExactly("pareto.svg", "report.html", "segments.csv", "tiers.csv");
    Document svg = parse(out().resolve("pareto.svg"));
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 800.0 450.0");
    String text = svg.getDocumentElement().getTextContent();
    assertThat(text)
        .contains("Enterprise high-touch", "Mid-market hybrid", "Long-tail automated")
        .contains("MRR Pareto: 6 customers");
  }

  @Test
  void bothFormatsAreWrittenAndALaterRunWithoutSvgRemovesTheStaleOne() throws IOException {
    CliRun.run(input().toString(), "--out", out().toString(), "--chart-format", "png,svg")
        .succeeded()
        .outContains("pareto.png", "pareto.svg");
    assertThat(names()).contains("pareto.png", "pareto.svg");
    BufferedImage png = ImageIO.read(out().resolve("pareto.png").toFile());
    assertThat(png.getWidth()).isEqualTo(1600);

    CliRun.run(input().toString(), "--out", out().toString()).succeeded();
    assertThat(names()).containsExactly("pareto.png", "report.html", "segments.csv", "tiers.csv");

    CliRun.run(
            input().toString(), "--out", out().toString(), "--chart-format=svg,png", "--no-chart")
        .succeeded();
    assertThat(names()).containsExactly("report.html", "segments.csv", "tiers.csv");
  }

  @Test
  void titleAndAsOfReachTheChartAndAsOfTheJson() throws Exception {
    CliRun run =
        CliRun.run(
                input().toString(),
                "--out",
                out().toString(),
                "--chart-format",
                "svg",
                "--title",
                "  Customer tiers, Q4  ",
                "--as-of",
                "2026-12-01",
                "--format",
                "json")
            .succeeded();

    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("as_of").asText()).isEqualTo("2026-12-01");
    String text = parse(out().resolve("pareto.svg")).getDocumentElement().getTextContent();
    assertThat(text)
        .contains("Customer tiers, Q4", "As of 2026-12-01")
        .doesNotContain("MRR Pareto");
  }

  @Test
  void withoutAsOfTheJsonSaysNull() throws IOException {
    CliRun run =
        CliRun.run(input().toString(), "--no-chart", "--out", out().toString(), "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.succeeded().out);
    assertThat(json.has("as_of")).isTrue();
    assertThat(json.get("as_of").isNull()).isTrue();
  }

  @Test
  void logBarsDrawAChart() throws IOException {
    CliRun.run(input().toString(), "--out", out().toString(), "--bar-scale", "LOG").succeeded();

    assertThat(ImageIO.read(out().resolve("pareto.png").toFile()).getHeight()).isEqualTo(900);
  }

  @Test
  void bomStartsEveryCsvFileButNeverStandardOutput() throws IOException {
    Path previous = tmp.resolve("previous.csv");
    Files.writeString(
        previous,
        "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\nA,A,1000,12000,1,0.5,Tier 3\n");
    CliRun run =
        CliRun.run(
                input().toString(),
                "--out",
                out().toString(),
                "--bom",
                "--previous",
                previous.toString(),
                "--no-chart",
                "--format",
                "csv")
            .succeeded();

    assertThat(run.out).startsWith("tier,");
    assertThat(names())
        .containsExactly(
            "changes.csv", "report.html", "retention.csv", "segments.csv", "tiers.csv");
    assertThat(Files.readAllBytes(out().resolve("report.html"))).startsWith("<!DOCTYPE".getBytes());
    for (String name : Arrays.stream(names()).filter(n -> n.endsWith(".csv")).toList()) {
      byte[] bytes = Files.readAllBytes(out().resolve(name));
      assertThat(bytes).as(name).startsWith(BOM);
      assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
          .as(name)
          .matches("(?s)(tier|customer_id),.*");
    }
    assertThat(Files.readString(out().resolve("tiers.csv"))).contains("東京", "Zürich AG");

    CliRun.run(input().toString(), "--out", out().toString(), "--no-chart").succeeded();
    assertThat(Files.readAllBytes(out().resolve("segments.csv"))).startsWith("tier,".getBytes());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--chart-format|jpg|--chart-format",
        "--chart-format|png,pdf|--chart-format",
        "--chart-format|''|--chart-format",
        "--as-of|2026-02-30|--as-of takes a date as YEAR-MM-DD",
        "--as-of|12/01/2026|--as-of takes a date as YEAR-MM-DD",
        "--as-of|2026-12-1|--as-of takes a date as YEAR-MM-DD",
        "--bar-scale|cubic|--bar-scale",
        "--title|'   '|--title needs some text",
      })
  void badValuesAreUsageErrors(String option, String value, String message) throws IOException {
    CliRun.run(input().toString(), "--out", out().toString(), option, value)
        .exitedWith(ExitCodes.USAGE)
        .errContains(message)
        .oneLineError();
    assertThat(Files.exists(out())).isFalse();
  }

  @Test
  void helpDescribesTheChartOptionsWithoutPicocliFormatWarnings() {
    // picocli warns about a stray % in a description on System.err, not the CLI's own stream.
    PrintStream before = System.err;
    ByteArrayOutputStream tracer = new ByteArrayOutputStream();
    CliRun help;
    try {
      System.setErr(new PrintStream(tracer, true, StandardCharsets.UTF_8));
      help = CliRun.run("--help");
    } finally {
      System.setErr(before);
    }

    help.succeeded().outContains("--chart-format", "--title", "--as-of", "--bar-scale", "--bom");
    // The % is printed, whatever line the help's wrapping puts it on.
    assertThat(help.out.replaceAll("\\s+", " ")).contains("%% axis".replace("%%", "%"));
    assertThat(tracer.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  @Test
  void aTitleOnSeveralLinesIsAUsageError() throws IOException {
    CliRun.run(input().toString(), "--out", out().toString(), "--title", "Q4\ntiers")
        .exitedWith(ExitCodes.USAGE)
        .errContains("--title cannot hold control characters");
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // No network: the file must stand on its own.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}

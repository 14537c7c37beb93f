package dev.segment.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.segment.model.DataException;
import dev.segment.report.WorkbookTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** --xlsx end to end: the workbook beside the CSV files, its chart, and the sheet's row limit. */
class XlsxCliTest {
  @TempDir Path tmp;

  private Path input() throws IOException {
    Path p = tmp.resolve("in.csv");
    Files.writeString(
        p,
        "customer_id,name,mrr\n"
            + "A,Ålesund AS,1000\nB,Zürich AG,500\nC,東京,300\nD,\"=HYPERLINK(\"\"http://x\"\")\",200\n"
            + "E,E,100\nF,F,0\n",
        StandardCharsets.UTF_8);
    return p;
  }

  private Path out() {
    return tmp.resolve("out");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(out())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  @Test
  void withGroupByTheTiersSheetIsTiersCsvAndTheSummaryTheAllBlock() throws Exception {
    groupedWorkbookIsTheCsvFiles();
  }

  @Test
  void withGroupByAndPinsEachGroupsPinnedCustomersFollowItsRows() throws Exception {
    Path pins = tmp.resolve("pins.csv");
    // C5 is in EMEA, C3 in the (none) group, C1 in LATAM.
    Files.writeString(pins, "customer_id,tier\nC5,Tier 1\nC3,2\nC1,3\n", StandardCharsets.UTF_8);
    String tiers = groupedWorkbookIsTheCsvFiles("--pin", pins.toString());
    assertThat(tiers.lines().filter(l -> l.endsWith(",pinned"))).hasSize(3);
  }

  /** Runs a grouped --xlsx run on 40 customers in four groups; returns tiers.csv. */
  private String groupedWorkbookIsTheCsvFiles(String... extra) throws Exception {
    Path in = tmp.resolve("regions.csv");
    StringBuilder csv = new StringBuilder("customer_id,name,mrr,region\n");
    String[] regions = {"EMEA", "LATAM", "=cmd", "", "EMEA"};
    for (int i = 0; i < 40; i++) {
      csv.append("C")
          .append(i)
          .append(",Name ")
          .append(i)
          .append(',')
          .append(100 + (i * 37) % 900)
          .append(".5,")
          .append(regions[i % regions.length])
          .append('\n');
    }
    Files.writeString(in, csv.toString(), StandardCharsets.UTF_8);
    List<String> args =
        new ArrayList<>(
            List.of(
                in.toString(),
                "--out",
                out().toString(),
                "--no-chart",
                "--xlsx",
                "--group-by",
                "region",
                "--by",
                "revenue",
                "--cuts",
                "50,80"));
    args.addAll(List.of(extra));
    CliRun.run(args.toArray(new String[0])).succeeded();
    byte[] xlsx = Files.readAllBytes(out().resolve("segment.xlsx"));
    String tiers = Files.readString(out().resolve("tiers.csv"), StandardCharsets.UTF_8);
    assertThat(tiers).startsWith("customer_id,name,group,");
    WorkbookTest.assertSheetEqualsCsv(xlsx, "Tiers", tiers, 0);
    // The Summary sheet: the all block of segments.csv, less its group column.
    StringBuilder all = new StringBuilder();
    for (String line : Files.readAllLines(out().resolve("segments.csv"))) {
      if (line.startsWith("group,") || line.startsWith("all,")) {
        all.append(line.substring(line.indexOf(',') + 1)).append('\n');
      }
    }
    assertThat(all.toString().lines()).hasSize(4);
    WorkbookTest.assertSheetEqualsCsv(xlsx, "Summary", all.toString(), 8);
    return tiers;
  }

  @Test
  void writesSegmentXlsxBesideTheCsvFilesAndListsIt() throws Exception {
    CliRun run =
        CliRun.run(input().toString(), "--out", out().toString(), "--xlsx", "--format", "json")
            .succeeded();
    assertThat(names())
        .containsExactly("pareto.png", "report.html", "segment.xlsx", "segments.csv", "tiers.csv");
    JsonNode json = new ObjectMapper().readTree(run.out);
    List<String> files = new ArrayList<>();
    json.get("files").forEach(f -> files.add(Path.of(f.asText()).getFileName().toString()));
    assertThat(files).contains("segment.xlsx");
    try (ReadableWorkbook book = new ReadableWorkbook(out().resolve("segment.xlsx").toFile())) {
      assertThat(book.getSheets().map(Sheet::getName)).containsExactly("Summary", "Tiers");
      List<Row> tiers = book.findSheet("Tiers").orElseThrow().read();
      assertThat(tiers).hasSize(7);
      assertThat(tiers.get(1).getCellText(1)).isEqualTo("Ålesund AS");
      assertThat(tiers.get(3).getCellText(1)).isEqualTo("東京");
      assertThat(tiers.get(4).getCellText(1)).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(tiers.get(1).getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal("1000"));
      List<Row> summary = book.findSheet("Summary").orElseThrow().read();
      assertThat(summary.get(1).getCellText(0)).isEqualTo("Tier 1");
    }
    assertThat(media()).hasSize(1);
  }

  @Test
  void aRunWithoutXlsxRemovesAnEarlierWorkbook() throws Exception {
    CliRun.run(input().toString(), "--out", out().toString(), "--xlsx", "--quiet").succeeded();
    assertThat(names()).contains("segment.xlsx");
    CliRun.run(input().toString(), "--out", out().toString(), "--quiet").succeeded();
    assertThat(names()).doesNotContain("segment.xlsx");
  }

  @Test
  void theWorkbookHasItsPngWhateverTheChartFormat() throws Exception {
    CliRun.run(
            input().toString(),
            "--out",
            out().toString(),
            "--xlsx",
            "--chart-format",
            "svg",
            "--chart-size",
            "800x450",
            "--quiet")
        .succeeded();
    assertThat(names())
        .containsExactly("pareto.svg", "report.html", "segment.xlsx", "segments.csv", "tiers.csv");
    List<byte[]> media = media();
    assertThat(media).hasSize(1);
    // A PNG of the chart's size.
    assertThat(java.util.Arrays.copyOfRange(media.get(0), 1, 4))
        .isEqualTo("PNG".getBytes(StandardCharsets.US_ASCII));
    assertThat(readInt(media.get(0), 16)).isEqualTo(800);
    assertThat(readInt(media.get(0), 20)).isEqualTo(450);
  }

  @Test
  void noChartNoImage() throws Exception {
    CliRun.run(input().toString(), "--out", out().toString(), "--xlsx", "--no-chart", "--quiet")
        .succeeded();
    assertThat(names()).containsExactly("report.html", "segment.xlsx", "segments.csv", "tiers.csv");
    assertThat(media()).isEmpty();
  }

  @Test
  void moreCustomersThanTheSheetHoldsWritesNothing() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Settings settings = settings(input().toString(), "--out", out().toString(), "--xlsx");
    // Six customers against a sheet of five rows stands in for 1,048,576 against 1,048,575.
    SegmentJob job =
        new SegmentJob(
            settings, InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err), 5);
    assertThatThrownBy(job::run)
        .isInstanceOf(DataException.class)
        .hasMessageContaining("segment.xlsx holds at most 5 customers")
        .hasMessageContaining("this run has 6");
    assertThat(out()).doesNotExist();
    assertThat(out.toString()).isEmpty();
    // Without --xlsx the same run writes its files.
    new SegmentJob(
            settings(input().toString(), "--out", out().toString()),
            InputStream.nullInputStream(),
            new PrintWriter(out),
            new PrintWriter(err),
            5)
        .run();
    assertThat(names()).containsExactly("pareto.png", "report.html", "segments.csv", "tiers.csv");
  }

  /** The settings the command line makes of {@code args}, as a run gets them. */
  private static Settings settings(String... args) {
    CommandLine cli =
        Main.commandLine(
            InputStream.nullInputStream(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    cli.parseArgs(args);
    SegmentCommand command = cli.getCommand();
    return command.settings();
  }

  private List<byte[]> media() throws IOException {
    List<byte[]> media = new ArrayList<>();
    try (ZipFile zip = new ZipFile(out().resolve("segment.xlsx").toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/media/")) {
          try (InputStream in = zip.getInputStream(e)) {
            media.add(in.readAllBytes());
          }
        }
      }
    }
    return media;
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24)
        | ((b[at + 1] & 0xFF) << 16)
        | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
  }
}

package dev.segment.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.io.TestWorkbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input as people have it: workbooks, Excel's sep= line, % cuts, "did you mean", cron's first
 * night.
 */
class InputCliTest {
  @TempDir Path tmp;

  private Path csv(String text) throws IOException {
    return Files.writeString(tmp.resolve("customers.csv"), text, UTF_8);
  }

  private Path workbook() throws IOException {
    Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    sheets.put("Read me", List.of(Arrays.asList("Exported from the CRM")));
    sheets.put(
        "Customers",
        List.of(
            Arrays.asList("Account ID", "Account Name", "MRR"),
            Arrays.asList("a", "Acme", 0.1 + 0.2),
            Arrays.asList("b", "Bolt", 1200),
            Arrays.asList("c", "Core", "$45.50")));
    return TestWorkbooks.write(tmp.resolve("customers.xlsx"), sheets);
  }

  private String out() {
    return tmp.resolve("out").toString();
  }

  @Test
  void aWorkbookSheetIsReadAsItsCsvWouldBe() throws IOException {
    Path book = workbook();
    CliRun run =
        CliRun.run(book.toString(), "--sheet", "Customers", "--out", out(), "--no-chart", "-q")
            .succeeded();
    assertThat(run.err).isEmpty();
    String tiers = Files.readString(tmp.resolve("out/tiers.csv"));
    assertThat(tiers).contains("b,Bolt,1200").contains("c,Core,45.5").contains("a,Acme,0.3");
  }

  @Test
  void theFirstSheetIsTheDefaultAndAnUnknownSheetIsADataError() throws IOException {
    Path book = workbook();
    CliRun.run(book.toString(), "--out", out(), "--no-chart")
        .exitedWith(3)
        .errContains("no customer id column")
        .oneLineError();
    CliRun.run(book.toString(), "--sheet", "Customer", "--out", out())
        .exitedWith(3)
        .errContains("did you mean \"Customers\"?")
        .oneLineError();
  }

  @Test
  void sheetWithACsvIsAUsageError() throws IOException {
    Path file = csv("id,mrr\na,1\n");
    CliRun.run(file.toString(), "--sheet", "Customers", "--out", out())
        .exitedWith(2)
        .errContains("--sheet names a sheet of an Excel workbook");
  }

  @Test
  void anXlsOrAWorkbookOnStandardInputSaysToSaveItAsXlsxOrCsv() throws IOException {
    Path xls = Files.write(tmp.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11});
    CliRun.run(xls.toString(), "--out", out())
        .exitedWith(3)
        .errContains("Excel 97-2003", "save it as an .xlsx workbook or as CSV")
        .oneLineError();
    byte[] book = Files.readAllBytes(workbook());
    CliRun.withStdin(book, "-", "--out", out())
        .exitedWith(3)
        .errContains("standard input holds an Excel workbook", "save it as CSV")
        .oneLineError();
    assertThat(tmp.resolve("out/tiers.csv")).doesNotExist();
  }

  @Test
  void excelsSepLineSetsTheDelimiter() throws IOException {
    Path file = csv("sep=;\nid;mrr\na;10\nb;20\n");
    CliRun.run(file.toString(), "--out", out(), "--no-chart", "--format", "csv").succeeded();
  }

  @Test
  void cutsWithPercentSignsAreTheSameCuts() throws IOException {
    Path file = csv("id,mrr\na,50\nb,30\nc,10\nd,5\ne,5\n");
    CliRun plain =
        CliRun.run(
                file.toString(), "--out", out(), "--no-chart", "--format", "csv", "--cuts", "20,60")
            .succeeded();
    CliRun percent =
        CliRun.run(
                file.toString(),
                "--out",
                out(),
                "--no-chart",
                "--format",
                "csv",
                "--cuts",
                "20%,60%")
            .succeeded();
    assertThat(percent.out).isEqualTo(plain.out);
    CliRun.run(file.toString(), "--by", "mrr", "--cuts", "10%", "--out", out())
        .exitedWith(2)
        .errContains("--by mrr cuts are MRR floors");
  }

  @Test
  void aColumnOptionNamingNoColumnSuggestsTheClosest() throws IOException {
    Path file = csv("customer_id,mrr,plan\na,1,pro\n");
    CliRun.run(file.toString(), "--mrr-column", "MRRR", "--out", out())
        .exitedWith(3)
        .errContains("--mrr-column \"MRRR\" names no column", "did you mean \"mrr\"?")
        .oneLineError();
    CliRun.run(file.toString(), "--where", "plna=pro", "--out", out())
        .exitedWith(3)
        .errContains("did you mean \"plan\"?");
  }

  @Test
  void outDashIsAUsageError() throws IOException {
    Path file = csv("id,mrr\na,1\n");
    CliRun.run(file.toString(), "--out", "-")
        .exitedWith(2)
        .errContains("--out names a folder", "--format csv");
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void previousIfExistsRunsAFirstRunWithANoteThenComparesWithTheLastRun() throws IOException {
    Path file = csv("id,mrr\na,50\nb,30\nc,10\n");
    Path tiers = tmp.resolve("out/tiers.csv");
    CliRun first =
        CliRun.run(
                file.toString(),
                "--out",
                out(),
                "--no-chart",
                "--grace",
                "10",
                "--previous-if-exists",
                tiers.toString())
            .succeeded()
            .errContains("note: --previous-if-exists:", "does not exist yet");
    assertThat(first.out).doesNotContain("moved");
    CliRun.run(
            file.toString(),
            "--out",
            out(),
            "--no-chart",
            "-q",
            "--previous-if-exists",
            tmp.resolve("nothing.csv").toString())
        .succeeded();
    assertThat(CliRun.run(file.toString(), "--out", out(), "-q").err).isEmpty();
    Path config = Files.writeString(tmp.resolve("s.properties"), "previous-if-exists=" + tiers);
    CliRun second =
        CliRun.run(file.toString(), "--out", out(), "--no-chart", "--config", config.toString())
            .succeeded();
    assertThat(second.err).doesNotContain("note:");
    assertThat(tmp.resolve("out/changes.csv")).exists();
  }

  @Test
  void previousIfExistsBesidePreviousOrEmptyIsAUsageError() throws IOException {
    Path file = csv("id,mrr\na,1\n");
    CliRun.run(file.toString(), "--previous", "a.csv", "--previous-if-exists", "a.csv")
        .exitedWith(2)
        .errContains("give one");
    CliRun.run(file.toString(), "--previous-if-exists", "")
        .exitedWith(2)
        .errContains("--previous-if-exists needs the path");
  }

  @Test
  void anExistingUnreadablePreviousIsAnErrorAsEver() throws IOException {
    Path file = csv("id,mrr\na,1\n");
    Path folder = Files.createDirectory(tmp.resolve("a-folder.csv"));
    CliRun.run(file.toString(), "--out", out(), "--previous-if-exists", folder.toString())
        .exitedWith(1);
  }
}

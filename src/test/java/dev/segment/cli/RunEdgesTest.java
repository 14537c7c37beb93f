package dev.segment.cli;

import static dev.segment.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of a run found by a reliability probe (issue 26): nothing left outside --out, messages
 * of bounded length, and every message about an option's file naming the option and the file.
 */
class RunEdgesTest {
  private static final String SAMPLE = "samples/customers-2000.csv";

  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  private String out() {
    return dir.resolve("out").toString();
  }

  @Test
  void aRunDrawingTheChartKeepsImageIoOutOfTheTemporaryFolder() throws IOException {
    ImageIO.setUseCache(true); // the JVM's default: a stream cached in a file of java.io.tmpdir
    run(SAMPLE, "--out", out(), "--quiet").succeeded();
    // The stream ImageIO's own write (the chart's warm-up) uses: in memory, so a killed run
    // leaves no imageio*.tmp behind.
    try (ImageOutputStream stream =
        ImageIO.createImageOutputStream(OutputStream.nullOutputStream())) {
      assertThat(stream).isInstanceOf(MemoryCacheImageOutputStream.class);
    }
  }

  /** The message's one line, without the program name. */
  private static String line(CliRun r) {
    assertThat(r.err.strip().lines().count()).as(r.err).isEqualTo(1);
    return r.err.strip();
  }

  @Test
  void aLongCurrencyCellIsQuotedAtMostEightyCharactersInTheError() throws IOException {
    String csv =
        write(
            "cur.csv",
            "customer_id,mrr,currency\na,10,USD\nb,20," + "X".repeat(100_000) + "\nc,30,EUR\n");
    CliRun r = run(csv, "--out", out()).exitedWith(ExitCodes.DATA);
    String said = line(r);
    assertThat(said).contains("mixed currencies", "X".repeat(80) + "\u2026").hasSizeLessThan(1000);
    assertThat(said).doesNotContain("X".repeat(81));
  }

  @Test
  void aWhereOfTwentyThousandValuesIsQuotedShortInTheError() throws IOException {
    String csv = write("w.csv", "customer_id,mrr,plan\na,10,p\n");
    StringBuilder values = new StringBuilder("plan=v0");
    for (int i = 1; i < 20_000; i++) {
      values.append(",v").append(i);
    }
    CliRun r = run(csv, "--out", out(), "--where", values.toString()).exitedWith(ExitCodes.DATA);
    String said = line(r);
    assertThat(said).contains("--where \"plan=v0,v1,", "\u2026").hasSizeLessThan(1000);
  }

  @Test
  void aLongOptionValueIsQuotedShortInAUsageError() throws IOException {
    String csv = write("w.csv", "customer_id,mrr\na,10\n");
    CliRun r = run(csv, "--out", out(), "--as-of", "2026-" + "1 ".repeat(50_000));
    r.exitedWith(ExitCodes.USAGE);
    assertThat(line(r)).contains("--as-of", "\u2026").hasSizeLessThan(1000);
  }

  @Test
  void aFolderGivenAsAnOptionsFileIsNamedWithTheOption() throws IOException {
    String csv = write("c.csv", "customer_id,mrr,currency\na,10,USD\nb,20,EUR\n");
    String folder = dir.toString();
    assertThat(line(run(csv, "--out", out(), "--rates", folder, "--base-currency", "USD")))
        .isEqualTo("segment: cannot read the --rates file " + folder + ": is a folder, not a file");
    csv = write("w.csv", "customer_id,mrr\na,10\n");
    assertThat(line(run(csv, "--out", out(), "--pin", folder)))
        .isEqualTo(
            "segment: cannot read the --pin file " + folder + ": is a folder, not a pin file");
    assertThat(line(run(csv, "--out", out(), "--previous", folder)))
        .isEqualTo(
            "segment: cannot read the --previous file "
                + folder
                + ": is a folder, not a tiers.csv");
    assertThat(line(run(csv, "--out", out(), "--config", folder)))
        .isEqualTo(
            "segment: cannot read the --config file "
                + folder
                + ": is a folder, not a config file");
  }

  @Test
  void aBrokenQuoteInAnOptionsFileIsSaidInSegmentsWordsWithTheOptionAndTheLine()
      throws IOException {
    String csv = write("w.csv", "customer_id,mrr\na,10\n");
    String previous =
        write(
            "prev.csv",
            "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n\"a,x,1,12,1,1,Tier 1\n");
    String pins = write("pins.csv", "id,tier\n\"a,Tier 1\n");
    String rates = write("rates.csv", "EUR,1.1\n\"GBP,2\n");
    String broken =
        " is not readable as CSV: line 2: a quoted field is never closed: its opening quote runs"
            + " on to the end of the input";
    CliRun r = run(csv, "--out", out(), "--previous", previous).exitedWith(ExitCodes.DATA);
    assertThat(line(r)).isEqualTo("segment: the --previous file " + previous + broken);
    r = run(csv, "--out", out(), "--pin", pins).exitedWith(ExitCodes.DATA);
    assertThat(line(r)).isEqualTo("segment: the --pin file " + pins + broken);
    r = run(csv, "--out", out(), "--rates", rates, "--base-currency", "USD");
    r.exitedWith(ExitCodes.USAGE);
    assertThat(line(r)).startsWith("segment: the --rates file " + rates + broken);
  }

  @Test
  void aPinFilesOwnMistakesNameTheOption() throws IOException {
    String csv = write("w.csv", "customer_id,mrr\na,10\nb,5\n");
    String pins = write("pins.csv", "id,tier\nzz,Tier 1\n");
    CliRun r = run(csv, "--out", out(), "--pin", pins).exitedWith(ExitCodes.DATA);
    assertThat(line(r)).startsWith("segment: the --pin file " + pins + ": line 2 pins");
    pins = write("pins2.csv", "id,tier\nb\n");
    r = run(csv, "--out", out(), "--pin", pins).exitedWith(ExitCodes.DATA);
    assertThat(line(r)).startsWith("segment: the --pin file " + pins + ": line 2 is not");
  }
}

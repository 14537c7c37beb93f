package dev.segment.cli;

import static dev.segment.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run around the data (issue 11): standard output that fails, running out of memory, option
 * files that are not small UTF-8 text, and input text that would drive the terminal.
 */
class RobustRunTest {
  private static final String SAMPLE = "samples/customers-2000.csv";

  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  private String write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p.toString();
  }

  private String out() {
    return dir.resolve("out").toString();
  }

  /** Standard output whose writes fail with {@code message}. */
  private static OutputStream failing(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }
    };
  }

  private static CliRun.Streams runWith(InputStream in, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, in, out, err);
    return new CliRun.Streams(code, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aReportThatCannotBeWrittenToStandardOutputIsExitOne() {
    CliRun.Streams run =
        runWith(
            InputStream.nullInputStream(),
            failing("No space left on device"),
            SAMPLE,
            "--out",
            out(),
            "--no-chart",
            "--format",
            "json");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "segment: cannot write the report to standard output: No space left on device\n");
    // The files were in place before the report, which lists them.
    assertThat(dir.resolve("out/tiers.csv")).exists();
  }

  @Test
  void aReaderThatClosedThePipeIsNoError() {
    CliRun.Streams run =
        runWith(
            InputStream.nullInputStream(),
            failing("Broken pipe"),
            SAMPLE,
            "--out",
            out(),
            "--no-chart");
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aBrokenPipeIsToldFromOtherFailuresByItsMessageOrCause() {
    assertThat(StandardOutput.brokenPipe(new IOException("Broken pipe"))).isTrue();
    assertThat(
            StandardOutput.brokenPipe(
                new IOException("write failed", new IOException("Broken pipe (Write failed)"))))
        .isTrue();
    assertThat(StandardOutput.brokenPipe(new IOException("The pipe is being closed"))).isTrue();
    assertThat(StandardOutput.brokenPipe(new IOException("No space left on device"))).isFalse();
    assertThat(StandardOutput.brokenPipe(new IOException("Bad file descriptor"))).isFalse();
  }

  /** Standard input that runs out of memory when read, as a huge input would. */
  private static InputStream outOfMemory() {
    return new InputStream() {
      @Override
      public int read() {
        throw new OutOfMemoryError("Java heap space");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
  }

  @Test
  void outOfMemoryOnTheMainThreadIsOneSentenceWithTheHeapAndNothingWritten() {
    // Sniffing the delimiter reads on the main thread.
    CliRun.Streams run =
        runWith(outOfMemory(), OutputStream.nullOutputStream(), "-", "--out", out());
    assertOutOfMemorySentence(run);
  }

  @Test
  void outOfMemoryOnTheParserThreadIsTheSameSentence() {
    // With the delimiter given, only the parser thread reads.
    CliRun.Streams run =
        runWith(
            outOfMemory(),
            OutputStream.nullOutputStream(),
            "-",
            "--delimiter",
            ",",
            "--out",
            out());
    assertOutOfMemorySentence(run);
  }

  private void assertOutOfMemorySentence(CliRun.Streams run) {
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("segment: out of memory: the Java heap (");
    assertThat(run.err()).contains("SEGMENT_JAVA_OPTS=-Xmx").doesNotContain("\tat ");
    assertThat(run.err().strip().lines().count()).isEqualTo(1);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void theHeapIsShownInMebiOrGibibytes() {
    assertThat(Errors.heap(16L << 20)).isEqualTo("16 MiB");
    assertThat(Errors.heap(1L << 30)).isEqualTo("1.0 GiB");
    assertThat(Errors.suggestedGiB(1L << 30)).isEqualTo(4);
    assertThat(Errors.suggestedGiB(6L << 30)).isEqualTo(12);
  }

  @Test
  void aConfigFileThatIsTooBigBinaryOrNotUtf8IsAUsageErrorNamingItAndTheOption()
      throws IOException {
    byte[] big = new byte[(1 << 20) + 1];
    Arrays.fill(big, (byte) '#');
    String tooBig = write("big.properties", big);
    run(SAMPLE, "--out", out(), "--config", tooBig)
        .exitedWith(2)
        .errContains("--config", tooBig, "over 1 MiB")
        .oneLineError();
    String binary = write("bin.properties", new byte[] {'b', 'y', '=', 0, '\n'});
    run(SAMPLE, "--out", out(), "--config", binary)
        .exitedWith(2)
        .errContains("--config", binary, "binary", "line 1")
        .oneLineError();
    String latin1 =
        write(
            "latin1.properties",
            "by=revenue\nnames=Gr\u00fcn,B,C\n".getBytes(StandardCharsets.ISO_8859_1));
    run(SAMPLE, "--out", out(), "--config", latin1)
        .exitedWith(2)
        .errContains("--config", latin1, "not UTF-8", "line 2")
        .oneLineError();
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void pinAndPreviousFilesThatAreBinaryOrNotUtf8AreDataErrorsNamingTheOption() throws IOException {
    String input = write("in.csv", "customer_id,mrr\nA,1000\nB,500\nC,100\n");
    String pins = write("pins.csv", new byte[] {'A', ',', '1', '\n', 0, 0, '\n'});
    run(input, "--out", out(), "--pin", pins)
        .exitedWith(3)
        .errContains("--pin", pins, "binary", "line 2")
        .oneLineError();
    String previous =
        write(
            "prev.csv",
            new byte[] {'c', 'u', 's', 't', 'o', 'm', 'e', 'r', '_', 'i', 'd', '\n', (byte) 0xFF});
    run(input, "--out", out(), "--previous", previous)
        .exitedWith(3)
        .errContains("--previous", previous, "not UTF-8", "line 2")
        .oneLineError();
  }

  private static final String CLEAR = "\u001b[2J";
  private static final String TITLE = "\u001b]0;owned\u0007";

  @Test
  void namesAndIdsFromThePreviousRunAreShownEscapedInTheMoversList() throws IOException {
    String input =
        write(
            "in.csv",
            "customer_id,name,mrr\nA"
                + CLEAR
                + ",Evil"
                + TITLE
                + " Inc,1000\nB,Fine,500\n"
                + "C,Other,100\n");
    run(input, "--out", out(), "--no-chart").succeeded();
    String previous =
        write(
            "prev.csv", Files.readString(dir.resolve("out/tiers.csv")).replace("Tier 1", "Tier 3"));
    CliRun now = run(input, "--out", out(), "--no-chart", "--previous", previous).succeeded();
    assertThat(now.out)
        .contains("A\\x1b[2J", "Evil\\x1b]0;owned\\x07 Inc", "Tier 3 -> Tier 1")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
    // The files keep the text as read.
    assertThat(Files.readString(dir.resolve("out/tiers.csv"))).contains("A" + CLEAR);
  }

  @Test
  void aHeaderCellWithEscapeCodesIsShownEscapedInTheError() throws IOException {
    String input = write("in.csv", "customer_id," + TITLE + CLEAR + ",amount\nA,x,1\n");
    CliRun run = run(input, "--out", out()).exitedWith(3).oneLineError();
    assertThat(run.err).contains("\\x1b]0;owned\\x07\\x1b[2J").doesNotContain("\u001b");
  }

  @Test
  void aNewlineDelimiterIsAOneLineError() {
    CliRun run = run(SAMPLE, "--out", out(), "--delimiter", "\n").exitedWith(2).oneLineError();
    assertThat(run.err).contains("'\\x0a'");
  }

  @Test
  void aHeaderOfBlankCellsIsStillTheHeader() throws IOException {
    String input = write("blank.csv", "  ,  ,  \ncustomer_id,name,mrr\nA,Acme,1\n");
    run(input, "--out", out())
        .exitedWith(3)
        .errContains("line 1", "header row has only blank cells")
        .oneLineError();
    // Named by index, its columns are read (the names line is then a non-numeric row).
    run(input, "--out", out(), "--id-column", "1", "--mrr-column", "3", "--no-chart")
        .succeeded()
        .errContains("1 row skipped");
    // Empty lines and rows of empty cells before the header are blank lines, as before.
    String excel = write("excel.csv", "\n,,\n   \ncustomer_id,name,mrr\nA,Acme,1\n");
    run(excel, "--out", out(), "--no-chart").succeeded();
  }

  @Test
  void aFileInAFolderSegmentMayNotEnterIsPermissionDeniedNotMissing() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root enters every folder");
    Path locked = dir.resolve("locked");
    Files.createDirectories(locked);
    Path input = locked.resolve("in.csv");
    Files.writeString(input, "customer_id,mrr\nA,1\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      run(input.toString(), "--out", out())
          .exitedWith(1)
          .errContains("permission denied")
          .oneLineError();
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}

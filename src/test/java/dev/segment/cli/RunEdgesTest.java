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
}

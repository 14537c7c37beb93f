package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.DataException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

/**
 * The parser runs batches ahead of the row logic on its own thread: failures deep in a file still
 * surface at their line, in input order, and the thread is gone when the read fails early.
 */
class RecordFeedTest {
  private static final int ROWS = 20_000;

  /** A header and ROWS data rows; {@code bad} replaces the row on that physical line. */
  private static byte[] file(int badLine, byte[] bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("customer_id,name,mrr\n".getBytes(StandardCharsets.UTF_8));
    for (int line = 2; line <= ROWS + 1; line++) {
      byte[] row =
          line == badLine
              ? bad
              : ("c" + line + ",N" + line + "," + line + ".5\n").getBytes(StandardCharsets.UTF_8);
      out.writeBytes(row);
    }
    return out.toByteArray();
  }

  private static void read(byte[] bytes) throws IOException {
    CustomerCsvReader.read(new ByteArrayInputStream(bytes), "f.csv", ReadOptions.defaults());
  }

  @Test
  void readsEveryRowOfAFileOfManyBatches() throws IOException {
    ReadResult r =
        CustomerCsvReader.read(
            new ByteArrayInputStream(file(-1, new byte[0])), "f.csv", ReadOptions.defaults());
    assertThat(r.summary().rowsUsed()).isEqualTo(ROWS);
    assertThat(r.customers().size()).isEqualTo(ROWS);
  }

  @Test
  void badBytesDeepInTheFileNameTheirLine() {
    byte[] bad = {'x', ',', (byte) 0xC3, (byte) 0x28, ',', '1', '\n'};
    assertThatThrownBy(() -> read(file(15_001, bad)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("line 15001");
  }

  @Test
  void anUnclosedQuoteNearTheEndNamesItsLine() {
    byte[] bad = "x,\"never closed,1\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(file(19_990, bad)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("line 19990")
        .hasMessageContaining("never closed");
  }

  @Test
  void aReadThatStopsEarlyStopsTheParserThread() throws IOException {
    // As when the row logic fails on line 3: the feed is closed with most of the file unparsed.
    byte[] bytes = file(-1, new byte[0]);
    DecodingReader decoding =
        new DecodingReader(
            new ByteArrayInputStream(bytes), ReadOptions.defaults().encoding(), "f.csv");
    try (CSVParser parser =
            CSVParser.builder().setReader(decoding).setFormat(ReadSteps.format(',')).get();
        RecordFeed feed = RecordFeed.start(parser, decoding)) {
      for (int k = 0; k < 3; k++) {
        assertThat(feed.next()).isNotNull();
      }
    }
    assertThat(
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("segment-csv-parser") && t.isAlive()))
        .isEmpty();
  }
}

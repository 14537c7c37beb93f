package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.DataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingReaderTest {
  private static Reader reader(String text, long limit) {
    return new DecodingReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        "in.csv",
        limit);
  }

  private static void readAll(Reader r) throws IOException {
    char[] buf = new char[7];
    while (r.read(buf, 0, buf.length) >= 0) {
      // drain
    }
  }

  @Test
  void aRecordOverTheLimitOnOneLineIsALineTooLongNotAnOpenQuote() {
    // A line break follows soon after the limit: it is decoded, not yet read, and must not count.
    String line = "a,".repeat(100) + "\nb,1\n";
    assertThatThrownBy(() -> readAll(reader(line, 100)))
        .isInstanceOf(DataException.class)
        .hasMessage(
            "in.csv: line 1 is longer than 100 characters, the most segment reads in one record;"
                + " is the file CSV text with a line break after each row?");
  }

  @Test
  void aRecordOverTheLimitAcrossLinesIsBlamedOnAnOpenQuote() {
    String quoted = "a,\"" + "xx\n".repeat(100);
    assertThatThrownBy(() -> readAll(reader(quoted, 100)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("in.csv: line 1: a record runs on for more than 100 characters")
        .hasMessageContaining("quote");
  }
}

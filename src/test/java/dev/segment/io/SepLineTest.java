package dev.segment.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.SkipReason;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SepLineTest {
  @TempDir Path tmp;

  @Test
  void excelsHintSetsTheDelimiterAndIsNotTheHeader() throws IOException {
    ReadResult r = CustomerCsvReaderTest.read("sep=;\nid;mrr;plan\na;10.5;pro\nb;x;free\n");
    assertThat(r.summary().delimiter()).isEqualTo(';');
    assertThat(CustomerCsvReaderTest.ids(r)).containsExactly("a");
    // Lines stay the file's own: the bad row is on line 4.
    assertThat(CustomerCsvReaderTest.tally(r, SkipReason.NON_NUMERIC_MRR).firstLines())
        .containsExactly(4L);
    assertThat(r.summary().rowsRead()).isEqualTo(2);
    assertThat(r.summary().blankLines()).isZero();
  }

  @Test
  void theHintWorksAfterAByteOrderMarkAndWithCrlf() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "sep=,\r\nid,mrr\r\na,\"1,5\"\r\n".getBytes(UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    ReadResult r = CustomerCsvReaderTest.read(all, ReadOptions.defaults());
    assertThat(r.summary().delimiter()).isEqualTo(',');
    assertThat(r.summary().rowsRead()).isEqualTo(1);
  }

  @Test
  void aGivenDelimiterWinsAndTheHintIsStillNoHeader() throws IOException {
    ReadResult r =
        CustomerCsvReaderTest.read(
            "sep=,\nid|mrr\na|7\n", ReadOptions.builder().delimiter('|').build());
    assertThat(CustomerCsvReaderTest.mrrs(r)).containsExactly("7");
  }

  @Test
  void aLargeFileWithTheHintIsReadInOnePass() throws IOException {
    StringBuilder csv = new StringBuilder("sep=;\nid;mrr\n");
    for (int i = 0; i < 2000; i++) {
      csv.append("c").append(i).append(";1\n");
    }
    Path file = Files.writeString(tmp.resolve("big.csv"), csv, UTF_8);
    LongConsumer ignore = n -> {};
    ReadResult r = CustomerCsvReader.read(file, "big.csv", ReadOptions.defaults(), ignore, 4, 1024);
    assertThat(r.summary().rowsRead()).isEqualTo(2000);
    assertThat(r.summary().delimiter()).isEqualTo(';');
  }

  @ParameterizedTest
  @ValueSource(strings = {"sep=;\n", "SEP=;\r\n", "sep=;;;\n", "sep=; \n"})
  void hints(String text) throws IOException {
    assertThat(SepLine.read(new StringReader(text + "id;mrr\n"))).contains(';');
  }

  @Test
  void aHintAloneIsAHint() throws IOException {
    assertThat(SepLine.read(new StringReader("sep=|"))).contains('|');
  }

  @ParameterizedTest
  @ValueSource(strings = {"sep=\n", "sep,mrr\n", "separator=;\n", "sep=;x\n", "id,mrr\n", ""})
  void notHints(String text) throws IOException {
    assertThat(SepLine.read(new StringReader(text))).isEqualTo(Optional.empty());
  }
}

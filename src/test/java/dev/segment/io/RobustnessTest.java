package dev.segment.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.DataException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile and huge inputs: only DataException or IOException may escape, and memory stays bounded.
 */
class RobustnessTest {
  private static final String[] SEEDS = {
    "stripe-subscriptions.csv",
    "salesforce-report.csv",
    "excel-utf8-bom.csv",
    "accounting-negatives.csv",
    "ragged-rows.csv",
    "duplicate-headers.csv",
    "chartmogul-customers.csv",
  };
  private static final byte[] INTERESTING =
      ",;\t|\"\r\n()$-.0123456789 TtGgaX".getBytes(StandardCharsets.US_ASCII);

  @Test
  void randomBytesOnlyRaiseDataOrIoErrors() {
    Random random = new Random(20251125L);
    for (int n = 0; n < 250; n++) {
      byte[] bytes = new byte[random.nextInt(600)];
      if (n % 2 == 0) {
        random.nextBytes(bytes);
      } else {
        // Mostly CSV-ish bytes, so the parser gets past the header now and then.
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = INTERESTING[random.nextInt(INTERESTING.length)];
        }
        byte[] header = "id,mrr\n".getBytes(UTF_8);
        byte[] joined = Arrays.copyOf(header, header.length + bytes.length);
        System.arraycopy(bytes, 0, joined, header.length, bytes.length);
        bytes = joined;
      }
      survives(bytes, optionsFor(random));
    }
  }

  @Test
  void mutatedExportsOnlyRaiseDataOrIoErrors() throws IOException {
    Random random = new Random(7L);
    List<byte[]> seeds = new ArrayList<>();
    for (String name : SEEDS) {
      try (InputStream in = getClass().getResourceAsStream("/io/" + name)) {
        seeds.add(in.readAllBytes());
      }
    }
    int read = 0;
    for (int n = 0; n < 400; n++) {
      byte[] bytes = seeds.get(random.nextInt(seeds.size())).clone();
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        bytes = mutate(bytes, random);
      }
      if (survives(bytes, optionsFor(random))) {
        read++;
      }
    }
    // The mutations must leave many files readable, or this test would only exercise errors.
    assertThat(read).isGreaterThan(100);
  }

  @Test
  void aFiveMegabyteFieldIsReadQuickly() throws IOException {
    StringBuilder csv = new StringBuilder("id,name,mrr\n");
    csv.append("a,\"");
    for (int i = 0; i < 5 * 1024 * 1024 / 8; i++) {
      csv.append(i % 1000 == 0 ? "line\n\"\"x" : "abcdefgh");
    }
    csv.append("\",1\nb,B,2\nc,C,\n");
    long start = System.nanoTime();
    ReadResult r = CustomerCsvReaderTest.read(csv.toString());
    assertThat(r.customers().name(0)).hasSizeGreaterThan(5_000_000);
    assertThat(r.customers().size()).isEqualTo(2);
    // The field holds 656 line breaks, so a's record ends on line 658 and c is on line 660.
    assertThat(r.summary().skipped().tallies().get(0).firstLines()).containsExactly(660L);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void aTenMegabyteLineIsReadQuickly() throws IOException {
    StringBuilder csv = new StringBuilder("id,mrr,note\na,1,");
    for (int i = 0; i < 1_000_000; i++) {
      csv.append("xxxxxxxxx,");
    }
    csv.append("\nb,2,");
    for (int i = 0; i < 10_000_000 / 8; i++) {
      csv.append("yyyyyyyy");
    }
    csv.append("\nc,3,z\n");
    long start = System.nanoTime();
    ReadResult r = CustomerCsvReaderTest.read(csv.toString());
    assertThat(CustomerCsvReaderTest.ids(r)).containsExactly("b", "c");
    assertThat(r.summary().skipped().tallies().get(0).firstLines()).containsExactly(2L);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void anUnclosedQuoteInAHugeInputStopsBeforeFillingTheHeap() {
    byte[] head = "id,name,mrr\na,1,2\nb,\"never closed,3\n".getBytes(UTF_8);
    long total = 40L * 1024 * 1024;
    InputStream endless =
        new InputStream() {
          long pos;

          @Override
          public int read() {
            return pos < total ? (pos < head.length ? head[(int) pos++] : filler(pos++)) : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (pos >= total) {
              return -1;
            }
            int n = (int) Math.min(len, total - pos);
            for (int i = 0; i < n; i++) {
              b[off + i] = (byte) read();
            }
            return n;
          }

          private int filler(long at) {
            return at % 80 == 0 ? '\n' : 'x';
          }
        };
    assertThatThrownBy(() -> CustomerCsvReader.read(endless, "big.csv", ReadOptions.defaults()))
        .isInstanceOf(DataException.class)
        .hasMessageStartingWith(
            "big.csv: line 3: a record runs on for more than 33554432 characters");
  }

  private static ReadOptions optionsFor(Random random) {
    ReadOptions.Builder o = ReadOptions.builder().decimalComma(random.nextInt(4) == 0);
    if (random.nextBoolean()) {
      o.keep(KeepColumns.ALL);
    }
    if (random.nextInt(5) == 0) {
      o.delimiter(';');
    }
    return o.build();
  }

  /** Reads the bytes; true when they were read, false for a DataException. */
  private static boolean survives(byte[] bytes, ReadOptions options) {
    try {
      ReadResult r = CustomerCsvReader.read(new ByteArrayInputStream(bytes), "fuzz.csv", options);
      assertThat(r.summary().customers()).isEqualTo(r.customers().size());
      return true;
    } catch (DataException e) {
      assertThat(e.getMessage()).startsWith("fuzz.csv: ");
      return false;
    } catch (IOException e) {
      throw new AssertionError("a byte array cannot fail to read", e);
    } catch (RuntimeException e) {
      throw new AssertionError(
          "unexpected " + e + " for input:\n" + new String(bytes, StandardCharsets.ISO_8859_1), e);
    }
  }

  private static byte[] mutate(byte[] in, Random random) {
    if (in.length == 0) {
      return new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]};
    }
    int at = random.nextInt(in.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 8);
    switch (random.nextInt(5)) {
      case 0: // replace with an interesting byte
        in[at] = INTERESTING[random.nextInt(INTERESTING.length)];
        return in;
      case 1: // replace with any byte
        in[at] = (byte) random.nextInt(256);
        return in;
      case 2: // delete a byte
        out.write(in, 0, at);
        out.write(in, at + 1, in.length - at - 1);
        return out.toByteArray();
      case 3: // insert an interesting byte
        out.write(in, 0, at);
        out.write(INTERESTING[random.nextInt(INTERESTING.length)]);
        out.write(in, at, in.length - at);
        return out.toByteArray();
      default: // duplicate a stretch
        int len = Math.min(in.length - at, 1 + random.nextInt(40));
        out.write(in, 0, at + len);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }
  }
}

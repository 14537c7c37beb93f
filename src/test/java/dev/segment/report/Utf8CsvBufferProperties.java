package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Amounts;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The byte-level CSV encoder of tiers.csv writes the same text as CsvCells.neutralise with Commons
 * CSV, and as Amounts.plain.
 */
class Utf8CsvBufferProperties {
  @Property
  void cellsAreNeutralisedAndQuotedExactlyAsCommonsCsvQuotesThem(
      @ForAll
          @StringLength(max = 6)
          @Chars({',', '"', '\r', '\n', ' ', '\t', '#', '!', '\'', 'é'})
          @CharRange(from = 'a', to = 'c')
          @CharRange(from = 0, to = '$')
          @Chars({'=', '+', '-', '@', '.', '1'})
          String first,
      @ForAll
          @StringLength(max = 6)
          @Chars({',', '"', ' ', '-', '~', '\u007f', '\u00a0', '=', '@', '+', '7', '.'})
          @CharRange(from = 'x', to = 'z')
          String second)
      throws IOException {
    StringBuilder fast = new StringBuilder();
    Utf8CsvBuffer row = new Utf8CsvBuffer(fast);
    row.text(first);
    row.text(second);
    row.end();
    row.flush();
    StringBuilder reference = new StringBuilder();
    CsvCells.FORMAT.print(CsvCells.neutralise(first), reference, true);
    CsvCells.FORMAT.print(CsvCells.neutralise(second), reference, false);
    CsvCells.FORMAT.println(reference);
    assertThat(fast.toString()).isEqualTo(reference.toString());
  }

  @Property
  void amountsAreWrittenAsAmountsPlainWritesThem(
      @ForAll long unscaled, @ForAll @IntRange(min = 0, max = 24) int scale) throws IOException {
    StringBuilder fast = new StringBuilder();
    Utf8CsvBuffer row = new Utf8CsvBuffer(fast);
    row.amount(unscaled, scale);
    row.amount(unscaled / 1000 * 1000, scale);
    row.end();
    row.flush();
    assertThat(fast.toString())
        .isEqualTo(
            Amounts.plain(BigDecimal.valueOf(unscaled, scale))
                + ","
                + Amounts.plain(BigDecimal.valueOf(unscaled / 1000 * 1000, scale))
                + "\n");
  }

  @Property
  void wideAmountsAreWrittenAsAmountsPlainWritesThem(
      @ForAll @BigRange(min = "-1e30", max = "1e30") BigInteger unscaled,
      @ForAll @IntRange(min = 0, max = 30) int zeros,
      @ForAll @IntRange(min = 0, max = 40) int scale)
      throws IOException {
    BigInteger value = unscaled.multiply(BigInteger.TEN.pow(zeros));
    StringBuilder fast = new StringBuilder();
    Utf8CsvBuffer row = new Utf8CsvBuffer(fast);
    row.amount(value, scale);
    row.amount(BigInteger.ZERO, scale);
    row.end();
    row.flush();
    assertThat(fast.toString())
        .isEqualTo(
            Amounts.plain(new BigDecimal(value, scale))
                + ","
                + Amounts.plain(new BigDecimal(BigInteger.ZERO, scale))
                + "\n");
  }

  @Property
  void wideSharesAreWrittenAsTheLongOnes(
      @ForAll @LongRange(min = 0) long cumulative, @ForAll @LongRange(min = 0) long total) {
    long s = Math.min(cumulative, total);
    StringBuilder narrow = new StringBuilder();
    CumulativeShare.append(s, total, narrow);
    StringBuilder wide = new StringBuilder();
    CumulativeShare.append(BigInteger.valueOf(s), BigInteger.valueOf(total), wide);
    assertThat(wide.toString()).isEqualTo(narrow.toString());
    StringBuilder scaled = new StringBuilder();
    BigInteger big = BigInteger.TEN.pow(25);
    CumulativeShare.append(
        BigInteger.valueOf(s).multiply(big), BigInteger.valueOf(total).multiply(big), scaled);
    assertThat(scaled.toString()).isEqualTo(narrow.toString());
  }
}

package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Amounts;
import java.io.IOException;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
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
}

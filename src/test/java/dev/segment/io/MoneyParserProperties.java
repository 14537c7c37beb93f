package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Any amount written as exports write it (thousands groups or not, a decimal comma or point, a
 * minus or parentheses, a currency mark on either side) reads back as exactly that amount, past a
 * long's 18 digits too; and a parser reused after any cell reads the next one as a new parser does.
 */
class MoneyParserProperties {

  @Property
  void readsBackEveryWrittenAmount(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long digits,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll boolean grouped,
      @ForAll boolean decimalComma,
      @ForAll @IntRange(min = 0, max = 3) int sign,
      @ForAll @IntRange(min = 0, max = 3) int mark) {
    BigDecimal amount = new BigDecimal(BigInteger.valueOf(digits), scale);
    String text = (sign == 1 ? "-" : "") + written(amount, grouped, decimalComma);
    text =
        switch (mark) {
          case 1 -> "$" + text;
          case 2 -> text + " EUR";
          case 3 -> "USD " + text;
          default -> text;
        };
    if (sign == 2) {
      text = "(" + text + ")";
    }
    boolean negative = sign == 1 || sign == 2;
    MoneyParser parser = new MoneyParser(decimalComma);
    MoneyParser.Outcome outcome = parser.parse(text);

    if (sign == 1 && mark == 1) {
      // SPEC: a minus never follows a sign ($-120).
      assertThat(outcome).as(text).isEqualTo(MoneyParser.Outcome.NOT_A_NUMBER);
      return;
    }
    BigDecimal expected = negative ? amount.negate() : amount;
    assertThat(outcome).as(text).isNotEqualTo(MoneyParser.Outcome.NOT_A_NUMBER);
    BigInteger unscaled =
        outcome == MoneyParser.Outcome.WIDE_NUMBER
            ? parser.wideUnscaled()
            : BigInteger.valueOf(parser.unscaled());
    assertThat(new BigDecimal(unscaled, parser.scale())).as(text).isEqualTo(expected);
    assertThat(parser.currency()).as(text).isEqualTo(mark == 0 ? null : mark == 2 ? "EUR" : "USD");
  }

  @Property
  void aReusedParserReadsAsANewOne(
      @ForAll String before, @ForAll String cell, @ForAll boolean decimalComma) {
    MoneyParser reused = new MoneyParser(decimalComma);
    reused.parse(before);
    MoneyParser fresh = new MoneyParser(decimalComma);
    MoneyParser.Outcome outcome = reused.parse(cell);
    assertThat(outcome).isEqualTo(fresh.parse(cell));
    if (outcome == MoneyParser.Outcome.NUMBER) {
      assertThat(reused.unscaled()).isEqualTo(fresh.unscaled());
      assertThat(reused.scale()).isEqualTo(fresh.scale());
      assertThat(reused.wholeDigits()).isEqualTo(fresh.wholeDigits());
      assertThat(reused.currency()).isEqualTo(fresh.currency());
      assertThat(reused.genericSign()).isEqualTo(fresh.genericSign());
    }
  }

  /** The amount's digits, in groups of three when {@code grouped}, with the file's decimal mark. */
  private static String written(BigDecimal amount, boolean grouped, boolean decimalComma) {
    String plain = amount.toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point + 1);
    if (grouped) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < whole.length(); i++) {
        if (i > 0 && (whole.length() - i) % 3 == 0) {
          out.append(decimalComma ? '.' : ',');
        }
        out.append(whole.charAt(i));
      }
      whole = out.toString();
    }
    return fraction.isEmpty() ? whole : whole + (decimalComma ? ',' : '.') + fraction;
  }
}

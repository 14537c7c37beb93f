package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {

  /** Expected: the amount with every input digit ("1234.50", scale 2), or NaN, or TOO_MANY. */
  @ParameterizedTest(name = "[{0}] comma={1} -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "1234.5|false|1234.5|null",
        "1,234.50|false|1234.50|null",
        "$1,234.50|false|1234.50|USD",
        "USD 1234|false|1234|USD",
        "usd 1234|false|1234|USD",
        "USD1234|false|1234|USD",
        "1234 EUR|false|1234|EUR",
        "1234 eur|false|1234|EUR",
        "€ 99|false|99|EUR",
        "99 €|false|99|EUR",
        "US$ 5|false|5|USD",
        "us$5|false|5|USD",
        "£3|false|3|GBP",
        "¥100|false|100|JPY",
        "$5.00 CAD|false|5.00|CAD",
        "US$ 5 USD|false|5|USD",
        "0|false|0|null",
        "0.00|false|0.00|null",
        "007|false|7|null",
        ".5|false|0.5|null",
        "5.|false|5|null",
        "  42  |false|42|null",
        "\t42\t|false|42|null",
        "1,234,567.891|false|1234567.891|null",
        "999,999|false|999999|null",
        "0.000001|false|0.000001|null",
        "123456789012345678|false|123456789012345678|null",
        "0.123456789012345678|false|0.123456789012345678|null",
        "000000000000000000001|false|1|null",
        // negatives
        "-120|false|-120|null",
        "USD -120|false|-120|USD",
        "-120 EUR|false|-120|EUR",
        "-.5|false|-0.5|null",
        "(120.00)|false|-120.00|null",
        "($120.00)|false|-120.00|USD",
        "$(120.00)|false|-120.00|USD",
        "( 120 )|false|-120|null",
        "(120 USD)|false|-120|USD",
        "(120) USD|false|-120|USD",
        "-$120|false|NaN|null",
        "$-120|false|NaN|null",
        "€-120|false|NaN|null",
        "−120|false|NaN|null",
        "-USD 120|false|NaN|null",
        "- 120|false|NaN|null",
        "-0|false|0|null",
        // decimal comma
        "1.234,50|true|1234.50|null",
        "1 234,50|true|1234.50|null",
        "1 234,50 €|true|1234.50|EUR",
        "1234,5|true|1234.5|null",
        "1,5|true|1.5|null",
        "(1.234,50)|true|-1234.50|null",
        "-1.234.567,8|true|-1234567.8|null",
        "1.234|true|1234|null",
        // not numbers
        "''|false|NaN|null",
        "'   '|false|NaN|null",
        "(-5)|false|NaN|null",
        "-(5)|false|NaN|null",
        "--5|false|NaN|null",
        "1,23,4|false|NaN|null",
        "12,34|false|NaN|null",
        "1,2345|false|NaN|null",
        "0,123|false|NaN|null",
        "1234,567|false|NaN|null",
        "1,234.5,6|false|NaN|null",
        "1.2.3|false|NaN|null",
        "12abc|false|NaN|null",
        "abc|false|NaN|null",
        "NaN|false|NaN|null",
        "nan|false|NaN|null",
        "Infinity|false|NaN|null",
        "-Infinity|false|NaN|null",
        "inf|false|NaN|null",
        "1e5|false|NaN|null",
        "1E+05|false|NaN|null",
        "+5|false|NaN|null",
        "5-|false|NaN|null",
        "(120|false|NaN|null",
        "120)|false|NaN|null",
        "((120))|false|NaN|null",
        "$|false|NaN|null",
        "-|false|NaN|null",
        "$ -|false|NaN|null",
        ".|false|NaN|null",
        "$$5|false|NaN|null",
        "$5$|false|NaN|null",
        "€5 USD|false|NaN|null",
        "USD 5 EUR|false|NaN|null",
        "CA$5|false|NaN|null",
        "1 234|false|NaN|null",
        "1,234,50|true|NaN|null",
        "1.5|true|NaN|null",
        "1234.50|true|NaN|null",
        "12 34|true|NaN|null",
        "١٢٣|false|NaN|null",
        // too many significant digits for a long: read as a BigInteger
        "1234567890123456789|false|1234567890123456789|null",
        "0.1234567890123456789|false|0.1234567890123456789|null",
        "$1,234,567,890,123,456,789.00|false|1234567890123456789.00|USD",
        "(1.234.567.890.123.456.789,00 EUR)|true|-1234567890123456789.00|EUR",
        "2104,64437581956000000|true|2104.64437581956000000|null",
        "-0.00000000000000000000001|false|-0.00000000000000000000001|null",
      })
  void readsMoneyAsExportsWriteIt(
      String input, boolean decimalComma, String expected, String currency) {
    MoneyParser parser = new MoneyParser(decimalComma);
    MoneyParser.Outcome outcome = parser.parse(input);
    switch (expected) {
      case "NaN":
        assertThat(outcome).isEqualTo(MoneyParser.Outcome.NOT_A_NUMBER);
        break;
      default:
        BigDecimal want = new BigDecimal(expected);
        boolean wide = want.unscaledValue().abs().toString().replaceFirst("^0+", "").length() > 18;
        assertThat(outcome)
            .isEqualTo(wide ? MoneyParser.Outcome.WIDE_NUMBER : MoneyParser.Outcome.NUMBER);
        BigDecimal got =
            wide
                ? new BigDecimal(parser.wideUnscaled(), parser.scale())
                : BigDecimal.valueOf(parser.unscaled(), parser.scale());
        assertThat(got).isEqualTo(want);
        assertThat(parser.scale()).isEqualTo(Math.max(0, want.scale()));
        assertThat(parser.currency()).isEqualTo(currency);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"$1,234.50|123450|2", "(7)|-7|0", "0.10|10|2"})
  void aReusedParserForgetsThePreviousCell(String input, long unscaled, int scale) {
    MoneyParser parser = new MoneyParser(false);
    assertThat(parser.parse("EUR 9,999.999")).isEqualTo(MoneyParser.Outcome.NUMBER);
    assertThat(parser.parse("12abc")).isEqualTo(MoneyParser.Outcome.NOT_A_NUMBER);
    assertThat(parser.parse(input)).isEqualTo(MoneyParser.Outcome.NUMBER);
    assertThat(parser.unscaled()).isEqualTo(unscaled);
    assertThat(parser.scale()).isEqualTo(scale);
  }
}

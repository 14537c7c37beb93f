package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC's one formula per row, checked by hand: value = amount ÷ 10^d × rate × quantity × k ÷ count,
 * exact where it ends within max(6, the amount's decimals), rounded half-even there otherwise.
 */
class RowFormulaTest {

  /**
   * Each row: amount, d, rate, quantity, k, count, the value worked out by hand, and the MRR it
   * adds under {@code --interval-column}, where the value is annual (value ÷ 12 to 6 decimals).
   */
  @ParameterizedTest(name = "{0} d={1} rate={2} q={3} k={4} count={5} -> {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A monthly price (k 12): the value is annual, a twelfth of it is the month again.
        "49.00|0|1|1|12|1|588.00|49",
        // Yearly: 1200.00 a year is 100 a month.
        "1200.00|0|1|1|1|1|1200.00|100",
        // Quarterly: 300 a quarter × 4 = 1200 a year, 100 a month.
        "300|0|1|1|4|1|1200|100",
        // Weekly: 25.00 × 52 = 1300.00 a year; 1300 / 12 = 108.3333… rounds to 108.333333.
        "25.00|0|1|1|52|1|1300.00|108.333333",
        // Daily: 100 × 365 = 36500 a year; 36500 / 12 = 3041.6666… rounds up to 3041.666667.
        "100|0|1|1|365|1|36500|3041.666667",
        // Interval counts: 100 every 3 months is 100 × 12 / 3 = 400 a year.
        "100|0|1|1|12|3|400|33.333333",
        // Every 6 months: 90.00 × 12 / 6 = 180.00.
        "90.00|0|1|1|12|6|180.00|15",
        // Every 2 years: 2400 × 1 / 2 = 1200.
        "2400|0|1|1|1|2|1200|100",
        // Non-terminating at the row: 100 every 7 months = 1200 / 7 = 171.428571428… → 171.428571.
        "100|0|1|1|12|7|171.428571|14.285714",
        // Quantities: 49.00 × 3 seats a month = 147.00, 1764.00 a year.
        "49.00|0|1|3|12|1|1764.00|147",
        "10|0|1|1.5|1|1|15.0|1.25",
        "19.99|0|1|0|12|1|0.00|0",
        // Cents: 4999 USD is 49.99, JPY has no minor unit, BHD has 3 decimals.
        "4999|2|1|1|1|1|49.99|4.165833",
        "4999|0|1|1|1|1|4999|416.583333",
        "4999|3|1|1|1|1|4.999|0.416583",
        // Cents with seats, monthly: 1500 × 4 = 60.00 a month.
        "1500|2|1|4|12|1|720.00|60",
        // A rate (--rates): 100.00 EUR at 1.0823 = 108.230000, the decimals of both kept.
        "100.00|0|1.0823|1|1|1|108.230000|9.019167",
        // Rounded only past the limit, half-even: 0.0000015 → 0.000002, 0.0000025 → 0.000002.
        "0.000003|0|1|0.5|1|1|0.000002|0",
        "0.000005|0|1|0.5|1|1|0.000002|0",
        // The amount's own decimals raise the limit: 8 decimals are kept as written.
        "0.12345678|0|1|1|1|3|0.04115226|0.003429",
        "-120.00|0|1|1|12|1|-1440.00|-120",
      })
  void handChecked(
      String amount,
      int d,
      String rate,
      String quantity,
      int k,
      String count,
      String value,
      String mrr) {
    BigDecimal v =
        RowFormula.value(
            new BigDecimal(amount),
            d,
            new BigDecimal(rate),
            new BigDecimal(quantity),
            k,
            new BigDecimal(count));
    assertThat(v.toPlainString()).isEqualTo(value);
    assertThat(MrrFromArr.monthlyOf(v).toPlainString()).isEqualTo(mrr);
  }

  @ParameterizedTest(name = "100 a day, 365 days, a twelfth: {0}")
  @CsvSource({"100, 36500, 3041.666667", "1, 365, 30.416667", "0.01, 3.65, 0.304167"})
  void aDailyPriceDividesOutToSixDecimals(String daily, String year, String month) {
    BigDecimal annual =
        RowFormula.value(
            new BigDecimal(daily), 0, BigDecimal.ONE, BigDecimal.ONE, 365, BigDecimal.ONE);
    assertThat(annual.toPlainString()).isEqualTo(year);
    assertThat(MrrFromArr.monthlyOf(annual).toPlainString()).isEqualTo(month);
  }

  @ParameterizedTest
  @CsvSource({"0", "-1", "1.5"})
  void aCountMustBeAWholeNumberFromOne(String count) {
    assertThatThrownBy(
            () ->
                RowFormula.value(
                    BigDecimal.TEN, 0, BigDecimal.ONE, BigDecimal.ONE, 12, new BigDecimal(count)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<Long> counts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 12), Arbitraries.longs().between(1, Long.MAX_VALUE));
  }

  /** The long path gives exactly what the definition gives, whenever it says it can. */
  @Property(tries = 2000)
  void theLongPathIsTheDefinition(
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long amount,
      @ForAll @IntRange(min = 0, max = 9) int scale,
      @ForAll @IntRange(min = 0, max = 4) int d,
      @ForAll @LongRange(min = 0, max = 100_000) long quantity,
      @ForAll @IntRange(min = 0, max = 3) int quantityScale,
      @ForAll("perYear") int k,
      @ForAll("counts") long count) {
    RowFormula f = new RowFormula();
    BigDecimal expected =
        RowFormula.value(
            BigDecimal.valueOf(amount, scale),
            d,
            BigDecimal.ONE,
            BigDecimal.valueOf(quantity, quantityScale),
            k,
            BigDecimal.valueOf(count));
    if (f.fast(amount, scale, d, quantity, quantityScale, k, count)) {
      assertThat(BigDecimal.valueOf(f.unscaled(), f.scale())).isEqualTo(expected);
    } else {
      // Only rounding, a count that does not divide within the limit, or overflow fall back.
      boolean rounds =
          scale + d + quantityScale > Math.max(6, scale + d)
              || expected
                      .multiply(BigDecimal.valueOf(count))
                      .compareTo(numerator(amount, scale, d, quantity, quantityScale, k))
                  != 0;
      boolean large = expected.unscaledValue().bitLength() > 60;
      assertThat(rounds || large).as("fell back needlessly for %s", expected).isTrue();
    }
  }

  private static BigDecimal numerator(
      long amount, int scale, int d, long quantity, int quantityScale, int k) {
    return BigDecimal.valueOf(amount, scale + d)
        .multiply(BigDecimal.valueOf(quantity, quantityScale))
        .multiply(BigDecimal.valueOf(k));
  }

  @Provide
  Arbitrary<Integer> perYear() {
    return Arbitraries.of(1, 4, 12, 52, 365);
  }

  /**
   * SPEC "MRR on a date": the month share inside the one formula. Each row: amount, d, rate,
   * quantity, times, over, the value by hand.
   */
  @ParameterizedTest(name = "{0} × {4} ÷ {5} -> {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An annual 2,988.00 invoice: 249.00 a month, its cents kept.
        "2988.00|0|1|1|1|12|249.00",
        // A 15-day proration of 125.00: 125 × 30.436875 ÷ 15 = 253.640625 exactly.
        "125.00|0|1|1|30.436875|15|253.640625",
        // Its credit note lowers MRR by as much.
        "-125.00|0|1|1|30.436875|15|-253.640625",
        // 30 days of 100.00: 101.45625, no zero padded on by the mean month's decimals.
        "100.00|0|1|1|30.436875|30|101.45625",
        // 7 days of 10: 43.48125 exactly.
        "10|0|1|1|30.436875|7|43.48125",
        // 31 days of 99.00: 97.2016330645… rounds half-even at 6 decimals.
        "99.00|0|1|1|30.436875|31|97.201633",
        // In cents, with seats: 12 months of 119400 cents × 2 = 199.00 a month.
        "119400|2|1|2|1|12|199.00",
        // With a rate: 1,200.00 EUR a year at 1.1 = 110.000 a month.
        "1200.00|0|1.1|1|1|12|110.000",
        // A trailing window of 12 months: 100 ÷ 12.
        "100|0|1|1|1|12|8.333333",
      })
  void monthShares(
      String amount, int d, String rate, String quantity, String times, String over, String value) {
    BigDecimal v =
        RowFormula.value(
            new BigDecimal(amount),
            d,
            new BigDecimal(rate),
            new BigDecimal(quantity),
            1,
            BigDecimal.ONE,
            new RowFormula.Share(new BigDecimal(times), new BigDecimal(over)));
    assertThat(v.toPlainString()).isEqualTo(value);
  }

  @org.junit.jupiter.api.Test
  void anInverseRateDividesInsideTheFormula() {
    // Xero's currency_rate: 0.8 EUR per USD, so 100.00 EUR is 125 USD, over 1 month.
    BigDecimal v =
        RowFormula.value(
            new BigDecimal("100.00"),
            0,
            BigDecimal.ONE,
            BigDecimal.ONE,
            1,
            BigDecimal.ONE,
            new RowFormula.Share(BigDecimal.ONE, new BigDecimal("0.8")));
    assertThat(v.toPlainString()).isEqualTo("125.00");
  }
}

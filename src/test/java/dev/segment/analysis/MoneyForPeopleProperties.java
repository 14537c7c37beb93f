package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.ParetoCurve;
import dev.segment.model.TierStats;
import dev.segment.text.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * SPEC's "Money for people": a total is summed exactly and rounded once, to the currency's minor
 * digits, never summed from rounded figures.
 */
class MoneyForPeopleProperties {
  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("", "USD", "EUR", "JPY", "BHD", "KWD", "CLP", "CHF", "XAU");
  }

  @Property(tries = 300, seed = "20261207")
  void anArrTotalIsTheExactAnnualSumOverTwelveRoundedOnce(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 9_999_999) Integer> cents,
      @ForAll("currencies") String currency) {
    CustomersBuilder builder = new CustomersBuilder(AmountKind.ARR, List.of());
    BigDecimal arr = BigDecimal.ZERO;
    for (int i = 0; i < cents.size(); i++) {
      builder.add("c" + i, "", cents.get(i), 2, new String[0]);
      arr = arr.add(BigDecimal.valueOf(cents.get(i), 2));
    }
    ParetoCurve curve = CurveBuilder.build(builder.build(), false).curve();
    int digits = Money.minorDigits(currency);
    BigDecimal shown = curve.totalMrr(digits);
    assertThat(shown.scale()).isEqualTo(digits);
    assertThat(shown).isEqualTo(arr.divide(BigDecimal.valueOf(12), digits, RoundingMode.HALF_EVEN));
    // Within half a unit of the last digit of the exact ARR ÷ 12: rounded once.
    BigDecimal half = BigDecimal.ONE.movePointLeft(digits).divide(BigDecimal.valueOf(2));
    assertThat(shown.multiply(BigDecimal.valueOf(12)).subtract(arr).abs())
        .isLessThanOrEqualTo(half.multiply(BigDecimal.valueOf(12)));
  }

  @Property(tries = 300, seed = "20261207")
  void anMrrTotalAndATiersMeanAreTheExactFiguresRoundedOnce(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 9_999_999) Integer> units,
      @ForAll @IntRange(min = 0, max = 6) int scale,
      @ForAll("currencies") String currency) {
    String[] amounts = new String[units.size()];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < amounts.length; i++) {
      BigDecimal v = BigDecimal.valueOf(units.get(i), scale);
      amounts[i] = v.toPlainString();
      sum = sum.add(v);
    }
    ParetoCurve curve = TestCustomers.curve(amounts);
    int digits = Money.minorDigits(currency);
    assertThat(curve.totalMrr(digits)).isEqualTo(sum.setScale(digits, RoundingMode.HALF_EVEN));
    BigDecimal n = BigDecimal.valueOf(amounts.length);
    assertThat(curve.meanMrr(digits)).isEqualTo(sum.divide(n, digits, RoundingMode.HALF_EVEN));
    TierStats all =
        new TierStats(
            "all",
            amounts.length,
            BigDecimal.valueOf(100),
            sum,
            BigDecimal.valueOf(100),
            BigDecimal.valueOf(100),
            BigDecimal.valueOf(100),
            Optional.empty());
    // The tier's mean from its exact MRR, not the 4-decimal mean of segments.csv rounded again.
    assertThat(all.mean(digits)).contains(sum.divide(n, digits, RoundingMode.HALF_EVEN));
  }

  @Property(tries = 500, seed = "20261207")
  void peopleSeeEachCurrencysMinorDigits(
      @ForAll @IntRange(min = -999_999_999, max = 999_999_999) int unscaled,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll("currencies") String currency) {
    BigDecimal amount = BigDecimal.valueOf(unscaled, scale);
    BigDecimal shown = Money.forPeople(amount, currency);
    int digits =
        currency.equals("JPY") || currency.equals("CLP") || currency.equals("XAU")
            ? 0
            : currency.equals("BHD") || currency.equals("KWD") ? 3 : 2;
    assertThat(shown.scale()).isEqualTo(digits);
    assertThat(shown).isEqualTo(amount.setScale(digits, RoundingMode.HALF_EVEN));
  }
}

package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The ARR path's MRR worked out in longs is {@link MrrFromArr#monthlyOf} for every customer, at the
 * fewest decimals any of them needs, or it declines (null) and the decimal path runs.
 */
class MonthlyProperties {
  @Provide
  Arbitrary<List<Long>> sums() {
    Arbitrary<Long> sum =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-1_000_000, 1_000_000),
            Arbitraries.longs().between(-12_000_000_000L, 12_000_000_000L).map(v -> v * 6),
            Arbitraries.longs(),
            Arbitraries.of(0L, 6L, 18L, 30L, -6L, Long.MAX_VALUE, Long.MIN_VALUE, 5L, 7L));
    return sum.list().ofMinSize(1).ofMaxSize(20);
  }

  @Property(tries = 3000)
  void theLongPathIsMonthlyOf(
      @ForAll("sums") List<Long> sums, @ForAll @IntRange(min = 0, max = 26) int scale) {
    long[] array = sums.stream().mapToLong(Long::longValue).toArray();
    MrrFromArr m = MrrFromArr.inLongs(array, scale);
    int expectedScale = 0;
    BigDecimal[] monthly = new BigDecimal[array.length];
    for (int i = 0; i < array.length; i++) {
      monthly[i] = MrrFromArr.monthlyOf(BigDecimal.valueOf(array[i], scale));
      expectedScale = Math.max(expectedScale, monthly[i].scale());
    }
    expectedScale = MrrFromArr.moneyScale(expectedScale, scale);
    if (m == null) {
      // Declining is only for values a long cannot hold along the way.
      boolean large = scale > 23 || scale < 6;
      for (long v : array) {
        large |= Math.abs((double) v) > 9.2e12;
      }
      assertThat(large).as("declined %s at scale %d", sums, scale).isTrue();
      return;
    }
    assertThat(m.scale()).isEqualTo(expectedScale);
    for (int i = 0; i < array.length; i++) {
      assertThat(BigDecimal.valueOf(m.unscaled()[i], m.scale()))
          .as("customer %d of %s at scale %d", i, sums, scale)
          .isEqualTo(monthly[i].setScale(expectedScale));
    }
  }
}

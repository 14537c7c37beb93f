package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomersTest {
  private static final String[] NONE = new String[0];

  @Test
  void sumsRowsPerIdAndRescalesWhenMoreDecimalsArrive() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    assertThat(b.add("a", "Acme", 100, 0, NONE)).isTrue();
    assertThat(b.add("b", "", 1250, 1, NONE)).isTrue(); // 125.0
    assertThat(b.add("a", "Other name", 5, 3, NONE)).isFalse(); // 0.005
    Customers c = b.build();
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.scale()).isEqualTo(3);
    assertThat(c.mrr(0)).isEqualByComparingTo("100.005");
    assertThat(c.mrr(1)).isEqualByComparingTo("125");
    assertThat(c.name(0)).isEqualTo("Acme");
    assertThat(c.arr(1)).isEqualByComparingTo("1500");
  }

  @Test
  void nameAndKeptValuesComeFromTheFirstRowThatHasThem() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of("plan", "owner"));
    b.add("a", "", 1, 0, new String[] {"", "Kim"});
    b.add("a", "Acme", 1, 0, new String[] {"Pro", "Lee"});
    Customers c = b.build();
    assertThat(c.name(0)).isEqualTo("Acme");
    assertThat(c.kept(0, 0)).isEqualTo("Pro");
    assertThat(c.kept(0, 1)).isEqualTo("Kim");
  }

  @Test
  void arrIsDividedByTwelveExactlyOrRoundedHalfEvenToSixDecimals() {
    assertThat(MrrFromArr.monthlyOf(new BigDecimal("1200.00"))).isEqualByComparingTo("100");
    assertThat(MrrFromArr.monthlyOf(new BigDecimal("1000"))).isEqualTo(new BigDecimal("83.333333"));
    assertThat(MrrFromArr.monthlyOf(new BigDecimal("0.03"))).isEqualTo(new BigDecimal("0.0025"));
    // More than 6 decimals in the ARR: still rounded to 6.
    assertThat(MrrFromArr.monthlyOf(new BigDecimal("1.2000000012")))
        .isEqualTo(new BigDecimal("0.1"));
    assertThat(MrrFromArr.monthlyOf(new BigDecimal("0.000018")))
        .isEqualTo(new BigDecimal("0.000002"));
    assertThat(MrrFromArr.monthlyOf(new BigDecimal("0.000030")))
        .isEqualTo(new BigDecimal("0.000002"));
    CustomersBuilder b = new CustomersBuilder(AmountKind.ARR, List.of());
    b.add("a", "", 1000, 0, NONE);
    b.add("b", "", 120000, 2, NONE);
    Customers c = b.build();
    assertThat(c.readAsArr()).isTrue();
    assertThat(c.mrr(0)).isEqualByComparingTo("83.333333");
    assertThat(c.mrr(1)).isEqualByComparingTo("100");
    assertThat(c.arr(0)).isEqualByComparingTo("1000");
  }

  @Test
  void mrrFromArrIsHeldAtCentsWhenTheArrHasThemAndNeverAtOneDecimal() {
    CustomersBuilder cents = new CustomersBuilder(AmountKind.ARR, List.of());
    cents.add("a", "", 99000, 2, NONE); // 990.00 a year
    cents.add("b", "", 12000000, 2, NONE); // 120000.00 a year
    Customers c = cents.build();
    assertThat(c.mrr(0).toPlainString()).isEqualTo("82.50");
    assertThat(c.mrr(1).toPlainString()).isEqualTo("10000.00");
    CustomersBuilder whole = new CustomersBuilder(AmountKind.ARR, List.of());
    whole.add("a", "", 990, 0, NONE);
    whole.add("b", "", 1200, 0, NONE);
    Customers w = whole.build();
    assertThat(w.mrr(0).toPlainString()).isEqualTo("82.50");
    assertThat(w.mrr(1).toPlainString()).isEqualTo("100.00");
    CustomersBuilder round = new CustomersBuilder(AmountKind.ARR, List.of());
    round.add("a", "", 1200, 0, NONE);
    assertThat(round.build().mrr(0).toPlainString()).isEqualTo("100");
  }

  @Test
  void sumsPastALongTurnTheCustomersWide() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    b.add("a", "", Long.MAX_VALUE - 1, 0, NONE);
    assertThat(b.wide()).isFalse();
    b.add("a", "", 5, 0, NONE);
    b.add("b", "", 1, 3, NONE);
    assertThat(b.wide()).isTrue();
    Customers c = b.build();
    assertThat(c.wide()).isTrue();
    assertThat(c.scale()).isEqualTo(3);
    assertThat(c.mrr(0)).isEqualTo(new BigDecimal("9223372036854775811.000"));
    assertThat(c.mrr(1)).isEqualTo(new BigDecimal("0.001"));
  }

  @Test
  void curveKeepsPrefixSumsAndRejectsAnUnsortedOrder() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    b.add("a", "", 10, 0, NONE);
    b.add("b", "", 30, 0, NONE);
    b.add("c", "", 20, 0, NONE);
    Customers c = b.build();
    ParetoCurve curve = new ParetoCurve(c, new int[] {1, 2, 0});
    assertThat(curve.cumulative(1)).isEqualByComparingTo("50");
    assertThat(curve.total()).isEqualByComparingTo("60");
    assertThat(curve.totalArr()).isEqualByComparingTo("720");
    assertThatThrownBy(() -> new ParetoCurve(c, new int[] {0, 1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

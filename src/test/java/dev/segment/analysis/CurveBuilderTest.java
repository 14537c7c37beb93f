package dev.segment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.ParetoCurve;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurveBuilderTest {
  @Test
  void ranksByMrrDescendingThenIdInCodeUnitOrder() {
    Customers customers = TestCustomers.ofPairs("b=5", "a=5", "C=5", "Z=7", "a9=1", "a10=1.00");

    ParetoCurve curve = CurveBuilder.build(customers, false).curve();

    // "C" < "a" < "b" in code units (upper case first); "a10" < "a9", no numeric collation.
    assertThat(TestCustomers.ids(curve)).containsExactly("Z", "C", "a", "b", "a10", "a9");
    assertThat(curve.total()).isEqualByComparingTo("24");
  }

  @Test
  void leavesNegativeCustomersOffCountedAndSummed() {
    Customers customers = TestCustomers.ofPairs("a=10", "n1=-5.5", "z=0", "n2=-120.25", "b=3");

    CurveResult result = CurveBuilder.build(customers, false);

    assertThat(TestCustomers.ids(result.curve())).containsExactly("a", "b", "z");
    assertThat(result.exclusions().negativeCustomers()).isEqualTo(2);
    assertThat(result.exclusions().negativeMrr()).isEqualTo(new BigDecimal("-125.75"));
    assertThat(result.exclusions().zeroCustomers()).isZero();
    assertThat(result.exclusions().total()).isEqualTo(2);
  }

  @Test
  void excludeZeroLeavesZeroCustomersOff() {
    Customers customers = TestCustomers.ofPairs("a=10", "z1=0", "n=-1", "z2=0.00", "b=3");

    CurveResult result = CurveBuilder.build(customers, true);

    assertThat(TestCustomers.ids(result.curve())).containsExactly("a", "b");
    assertThat(result.exclusions().zeroCustomers()).isEqualTo(2);
    assertThat(result.exclusions().negativeCustomers()).isEqualTo(1);
    assertThat(result.exclusions().total()).isEqualTo(3);
  }

  @Test
  void anEmptyInputGivesAnEmptyCurve() {
    CurveResult result = CurveBuilder.build(TestCustomers.of(), false);

    assertThat(result.curve().size()).isZero();
    assertThat(result.curve().unscaledTotal()).isZero();
    assertThat(result.exclusions().total()).isZero();
    assertThat(result.exclusions().negativeMrr()).isEqualByComparingTo("0");
  }

  @Test
  void everyCustomerExcludedGivesAnEmptyCurve() {
    CurveResult result = CurveBuilder.build(TestCustomers.of("-1", "0", "-2"), true);

    assertThat(result.curve().size()).isZero();
    assertThat(result.exclusions().negativeCustomers()).isEqualTo(2);
    assertThat(result.exclusions().zeroCustomers()).isEqualTo(1);
  }

  @Test
  void negativeSumBeyondTheLongRangeStaysExact() {
    Customers customers =
        TestCustomers.ofPairs(
            "a=-9000000000000000000", "b=-9000000000000000000", "c=-9000000000000000000", "d=1");

    CurveResult result = CurveBuilder.build(customers, false);

    assertThat(result.exclusions().negativeMrr())
        .isEqualTo(new BigDecimal("-27000000000000000000"));
  }

  /**
   * Amounts wider than 32 bits sort in two steps (their top bits, then exactly within a run); near
   * values that share their top bits, and equal values, must still come out in exact order.
   */
  @Test
  void wideAmountsSortExactly() {
    Random random = new Random(7);
    CustomersBuilder builder = new CustomersBuilder(AmountKind.MRR, List.of());
    List<long[]> expected = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      long base = random.nextBoolean() ? 1L << 40 : 1L << 50;
      long value = base + random.nextInt(50) * (random.nextBoolean() ? 1 : 1_000_000L);
      builder.add("id" + random.nextInt(1_000_000_000), "", value, 0, new String[0]);
    }
    Customers customers = builder.build();
    for (int i = 0; i < customers.size(); i++) {
      expected.add(new long[] {customers.unscaledMrr(i), i});
    }
    expected.sort(
        Comparator.<long[]>comparingLong(e -> -e[0]).thenComparing(e -> customers.id((int) e[1])));

    ParetoCurve curve = CurveBuilder.build(customers, false).curve();

    List<String> expectedIds = new ArrayList<>();
    for (long[] e : expected) {
      expectedIds.add(customers.id((int) e[1]));
    }
    assertThat(TestCustomers.ids(curve)).isEqualTo(expectedIds);
  }

  @Test
  void largeTieGroupsSortByIdInCodeUnitOrder() {
    Random random = new Random(3);
    String[] alphabet = {"\u0000", "a", "b", "B", "\uffff", "\u00e9", "\ud83d", "\ude00", "_"};
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < 3000) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(9);
      for (int k = 0; k < length; k++) {
        id.append(alphabet[random.nextInt(alphabet.length)]);
      }
      ids.add(id.toString());
    }
    // Ids nested in each other, and sequential ids with a long common prefix.
    for (int k = 1; k <= 2000; k++) {
      ids.add("x".repeat(k));
      ids.add(String.format("customer-%09d", k * 7));
    }
    assertRankedLikeComparator(ids, random);
  }

  @Test
  void tieGroupsOfIdsThatSortAsBytesSortByIdInCodeUnitOrder() {
    // No character from U+E000 up: ids compare by their UTF-8 bytes and by keys of them, which
    // agree on many ids here (a long shared prefix, nested ids, NUL and past-ASCII bytes).
    Random random = new Random(11);
    String[] alphabet = {"\u0000", "a", "b", "B", "\u00e9", "\u4e2d", "\u07ff", "_", "0"};
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < 6000) {
      StringBuilder id = new StringBuilder("same-prefix-");
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        id.append(alphabet[random.nextInt(alphabet.length)]);
      }
      ids.add(id.toString());
    }
    // Few enough per MRR value to be sorted by key with ids as the tie-break.
    for (int k = 1; k <= 40; k++) {
      ids.add("same-prefix-" + "a".repeat(k));
    }
    assertRankedLikeComparator(ids, random);
  }

  @Test
  void wideAmountsAndLargeTieGroupsTogether() {
    Random random = new Random(5);
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < 20_000) {
      ids.add("cus_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
    }
    assertRankedLikeComparator(ids, random);
  }

  @Test
  void manyCustomersWithManyAmountsSortExactly() {
    // Enough customers for the radix pass, amounts narrow and wide, and ties among them.
    Random random = new Random(13);
    CustomersBuilder builder = new CustomersBuilder(AmountKind.MRR, List.of());
    for (int k = 0; k < 90_000; k++) {
      long value =
          switch (random.nextInt(3)) {
            case 0 -> random.nextLong() & ((1L << 40) - 1);
            case 1 -> random.nextInt(3000);
            default -> random.nextInt(1 << 22);
          };
      builder.add("c" + random.nextInt(1_000_000), "", value, 2, new String[0]);
    }
    Customers customers = builder.build();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      expected.add(i);
    }
    expected.sort(
        Comparator.<Integer>comparingLong(i -> -customers.unscaledMrr(i))
            .thenComparing(customers::id));
    ParetoCurve curve = CurveBuilder.build(customers, false).curve();
    List<Integer> actual = new ArrayList<>();
    for (int r = 0; r < curve.size(); r++) {
      actual.add(curve.customerIndex(r));
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** Gives the ids a few MRR values, some wider than 32 bits, and checks the rank order. */
  private static void assertRankedLikeComparator(Set<String> ids, Random random) {
    long[] values = {0, 4900, 4901, (1L << 40) + 3, (1L << 40) + 4, 1L << 41};
    List<String> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, random);
    CustomersBuilder builder = new CustomersBuilder(AmountKind.MRR, List.of());
    for (String id : shuffled) {
      builder.add(id, "", values[random.nextInt(values.length)], 2, new String[0]);
    }
    Customers customers = builder.build();
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < customers.size(); i++) {
      expected.add(i);
    }
    expected.sort(
        Comparator.<Integer>comparingLong(i -> -customers.unscaledMrr(i))
            .thenComparing(customers::id));

    ParetoCurve curve = CurveBuilder.build(customers, false).curve();

    List<Integer> actual = new ArrayList<>();
    for (int r = 0; r < curve.size(); r++) {
      actual.add(curve.customerIndex(r));
    }
    assertThat(actual).isEqualTo(expected);
  }
}

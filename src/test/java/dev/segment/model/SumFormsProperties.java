package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The long and the wide form of {@link CustomerSums} hold the same customers: the same rows, fed
 * through either adder of each pair ({@code add} and {@code addRow}, long and BigInteger) and
 * absorbed in parts, give the same ids, names, MRR, ARR, scale, kept values, groups and roll-up
 * whichever form the sums are in. One customer, {@code ~out}, decides the form: its rows add up to
 * zero, but at ±10^20 their magnitudes break the long form's bound, where ±1 does not.
 */
class SumFormsProperties {
  /** A row; {@code parent} 0 is none, else an id above it; {@code big}: the BigInteger adder. */
  record Row(int id, int parent, long unscaled, int scale, String name, String plan, boolean big) {}

  private static final String OUTSIDER = "~out";

  @Provide
  Arbitrary<List<Row>> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 25),
            Arbitraries.integers().between(0, 4),
            // Small enough that 80 of them at 8 decimals stay in the long form.
            Arbitraries.longs().between(-100_000_000, 100_000_000),
            Arbitraries.integers().between(0, 8),
            Arbitraries.of("", "", "Acme", "Ünïcødé Ltd"),
            Arbitraries.of("", "pro", "free"),
            Arbitraries.of(false, true))
        .as(Row::new)
        .list()
        .ofMaxSize(80);
  }

  @Property(tries = 400)
  void eitherFormHoldsTheSameCustomers(
      @ForAll("rows") List<Row> rows,
      @ForAll @IntRange(min = 0, max = 80) int outsiderAt,
      @ForAll @IntRange(min = 0, max = 80) int cut,
      @ForAll boolean annual,
      @ForAll boolean parents) {
    int at = Math.min(outsiderAt, rows.size());
    int part = Math.min(cut, rows.size());
    CustomersBuilder small = feed(rows, at, part, BigInteger.ONE, annual, parents);
    CustomersBuilder large = feed(rows, at, part, BigInteger.TEN.pow(20), annual, parents);
    assertThat(small.wide()).isFalse();
    assertThat(large.wide()).isTrue();
    Customers expected = small.build();
    Customers actual = large.build();

    assertThat(large.rollUp("p")).isEqualTo(small.rollUp("p"));
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.scale()).isEqualTo(expected.scale());
    assertThat(actual.groupNames()).isEqualTo(expected.groupNames());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.id(i)).isEqualTo(expected.id(i));
      assertThat(actual.name(i)).isEqualTo(expected.name(i));
      assertThat(actual.mrr(i)).isEqualTo(expected.mrr(i));
      assertThat(actual.arr(i)).isEqualTo(expected.arr(i));
      assertThat(actual.kept(i, 0)).isEqualTo(expected.kept(i, 0));
      assertThat(actual.accounts(i)).isEqualTo(expected.accounts(i));
      assertThat(actual.group(i)).isEqualTo(expected.group(i));
    }
  }

  /**
   * The rows, with the outsider's two rows of ±{@code swing} before row {@code at}, in two parts
   * split before row {@code cut}, the second absorbed into the first.
   */
  private static CustomersBuilder feed(
      List<Row> rows, int at, int cut, BigInteger swing, boolean annual, boolean parents) {
    CustomersBuilder first = builder(annual, parents);
    CustomersBuilder second = builder(annual, parents);
    for (int k = 0; k <= rows.size(); k++) {
      CustomersBuilder b = k < cut ? first : second;
      if (k == at) {
        add(b, OUTSIDER, "", swing, 0, parents);
        add(b, OUTSIDER, "", swing.negate(), 0, parents);
      }
      if (k < rows.size()) {
        Row r = rows.get(k);
        b.group(r.plan());
        String[] kept = {r.plan()};
        if (parents) {
          b.row("c" + r.id(), r.name(), r.parent() == 0 ? "" : "c" + (r.id() + r.parent()));
          if (r.big()) {
            b.addRow(BigInteger.valueOf(r.unscaled()), r.scale(), kept);
          } else {
            b.addRow(r.unscaled(), r.scale(), kept);
          }
        } else if (r.big()) {
          b.add("c" + r.id(), r.name(), BigInteger.valueOf(r.unscaled()), r.scale(), kept);
        } else {
          b.add("c" + r.id(), r.name(), r.unscaled(), r.scale(), kept);
        }
      }
    }
    first.absorb(second);
    return first;
  }

  private static void add(
      CustomersBuilder b, String id, String name, BigInteger unscaled, int scale, boolean parents) {
    b.group("outside");
    String[] kept = {""};
    if (parents) {
      b.row(id, name, "");
      b.addRow(unscaled, scale, kept);
    } else {
      b.add(id, name, unscaled, scale, kept);
    }
  }

  private static CustomersBuilder builder(boolean annual, boolean parents) {
    CustomersBuilder b =
        new CustomersBuilder(annual ? AmountKind.ARR : AmountKind.MRR, List.of("plan"), parents);
    b.grouping();
    return b;
  }
}

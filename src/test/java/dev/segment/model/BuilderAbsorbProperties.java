package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A builder that absorbs another holds what one builder fed both builders' rows in order holds: the
 * same customers in the same order, sums, scale, first names and first kept values; with {@code
 * --parent-column}, the same top accounts, roll-up counts and {@code accounts}.
 */
class BuilderAbsorbProperties {
  record Row(int id, BigInteger unscaled, int scale, String name, String plan) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 30),
            // Mostly small amounts; now and then one that takes the sums past a long, in either
            // part, so both forms and the change between them are absorbed.
            Arbitraries.frequencyOf(
                Tuple.of(
                    8, Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf)),
                Tuple.of(
                    1,
                    Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25))),
                Tuple.of(1, Arbitraries.of(BigInteger.valueOf(Long.MAX_VALUE / 3)))),
            Arbitraries.integers().between(0, 20),
            Arbitraries.of("", "", "Acme", "Ünïcødé Ltd", "x".repeat(200)),
            Arbitraries.of("", "pro", "free"))
        .as(Row::new)
        .list()
        .ofMaxSize(80);
  }

  @Property(tries = 300)
  void absorbingIsAddingTheRowsInOrder(
      @ForAll("rows") List<Row> rows, @ForAll("cuts") List<Integer> cuts) {
    CustomersBuilder one = builder();
    rows.forEach(r -> add(one, r));
    Customers expected = one.build();

    // The rows split into consecutive parts at the given cuts, each part its own builder.
    CustomersBuilder whole = null;
    int from = 0;
    List<Integer> ends = cuts.stream().map(c -> Math.min(c, rows.size())).sorted().toList();
    for (int k = 0; k <= ends.size(); k++) {
      int to = k < ends.size() ? Math.max(from, ends.get(k)) : rows.size();
      CustomersBuilder part = builder();
      rows.subList(from, to).forEach(r -> add(part, r));
      if (whole == null) {
        whole = part;
      } else {
        whole.absorb(part);
      }
      from = to;
    }
    Customers actual = whole.build();

    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.scale()).isEqualTo(expected.scale());
    assertThat(actual.wide()).isEqualTo(expected.wide());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.id(i)).isEqualTo(expected.id(i));
      assertThat(actual.name(i)).isEqualTo(expected.name(i));
      assertThat(actual.wideMrr(i)).isEqualTo(expected.wideMrr(i));
      assertThat(actual.kept(i, 0)).isEqualTo(expected.kept(i, 0));
    }
  }

  /** A row of an account tree: parent 0 none, 1 its own id, else an id above it or a holding. */
  record TreeRow(int id, int parent, BigInteger unscaled, int scale, String name, String plan) {
    String parentCell() {
      return switch (parent) {
        case 0 -> "";
        case 1 -> "c" + id;
        case 2 -> "holding" + id % 3;
        default -> "c" + (id + parent);
      };
    }
  }

  @Provide
  Arbitrary<List<TreeRow>> treeRows() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 30),
            Arbitraries.integers().between(0, 5),
            // As in rows(): now and then an amount that takes the sums past a long.
            Arbitraries.frequencyOf(
                Tuple.of(
                    8, Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf)),
                Tuple.of(
                    1,
                    Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25))),
                Tuple.of(1, Arbitraries.of(BigInteger.valueOf(Long.MAX_VALUE / 3 - 1)))),
            Arbitraries.integers().between(0, 5),
            Arbitraries.of("", "", "Acme", "Ünïcødé Ltd"),
            Arbitraries.of("", "pro", "free"))
        .as(TreeRow::new)
        .list()
        .ofMaxSize(80);
  }

  @Property(tries = 300)
  void absorbingRollsUpAsAddingTheRowsInOrder(
      @ForAll("treeRows") List<TreeRow> rows, @ForAll("cuts") List<Integer> cuts) {
    CustomersBuilder one = treeBuilder();
    rows.forEach(r -> add(one, r));
    Customers expected = one.build();

    CustomersBuilder whole = null;
    int from = 0;
    List<Integer> ends = cuts.stream().map(c -> Math.min(c, rows.size())).sorted().toList();
    for (int k = 0; k <= ends.size(); k++) {
      int to = k < ends.size() ? Math.max(from, ends.get(k)) : rows.size();
      CustomersBuilder part = treeBuilder();
      rows.subList(from, to).forEach(r -> add(part, r));
      if (whole == null) {
        whole = part;
      } else {
        whole.absorb(part);
      }
      from = to;
    }
    Customers actual = whole.build();

    assertThat(whole.rollUp("p")).isEqualTo(one.rollUp("p"));
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.scale()).isEqualTo(expected.scale());
    assertThat(actual.wide()).isEqualTo(expected.wide());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.id(i)).isEqualTo(expected.id(i));
      assertThat(actual.name(i)).isEqualTo(expected.name(i));
      assertThat(actual.wideMrr(i)).isEqualTo(expected.wideMrr(i));
      assertThat(actual.accounts(i)).isEqualTo(expected.accounts(i));
      assertThat(actual.kept(i, 0)).isEqualTo(expected.kept(i, 0));
    }
  }

  private static CustomersBuilder treeBuilder() {
    return new CustomersBuilder(AmountKind.MRR, List.of("plan"), true);
  }

  private static void add(CustomersBuilder b, TreeRow r) {
    b.row("c" + r.id(), r.name(), r.parentCell());
    // Rows of even amounts are used; odd ones stand for rows skipped for their amount.
    if (!r.unscaled().testBit(0)) {
      String[] kept = {r.plan()};
      if (r.unscaled().bitLength() < 63) {
        b.addRow(r.unscaled().longValueExact(), r.scale(), kept);
      } else {
        b.addRow(r.unscaled(), r.scale(), kept);
      }
    }
  }

  @Example
  void partsOfManyArenaPagesKeepEveryAddress() {
    // Three parts of ~1.5 MiB of text each, so every arena spans pages; ids repeat across parts.
    CustomersBuilder whole = builder();
    String filler = "n".repeat(40);
    for (int part = 0; part < 3; part++) {
      CustomersBuilder b = part == 0 ? whole : builder();
      for (int i = 0; i < 30_000; i++) {
        int id = part * 20_000 + i;
        b.add("c" + id, filler + id, id, part, new String[] {"p" + part});
      }
      if (part > 0) {
        whole.absorb(b);
      }
    }
    Customers c = whole.build();
    assertThat(c.size()).isEqualTo(70_000);
    assertThat(c.scale()).isEqualTo(2);
    // c25000 is in parts 0 (25000 at scale 0) and 1 (5000 + 20000 = 25000 at scale 1).
    assertThat(c.id(25_000)).isEqualTo("c25000");
    assertThat(c.name(25_000)).isEqualTo(filler + 25_000);
    assertThat(c.mrr(25_000)).isEqualByComparingTo("27500");
    assertThat(c.kept(25_000, 0)).isEqualTo("p0");
    assertThat(c.id(69_999)).isEqualTo("c69999");
    assertThat(c.name(69_999)).isEqualTo(filler + 69_999);
    assertThat(c.kept(69_999, 0)).isEqualTo("p2");
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 80).list().ofMaxSize(4);
  }

  private static CustomersBuilder builder() {
    return new CustomersBuilder(AmountKind.MRR, List.of("plan"));
  }

  private static void add(CustomersBuilder b, Row r) {
    String[] kept = {r.plan()};
    if (r.unscaled().bitLength() < Long.SIZE) {
      b.add("c" + r.id(), r.name(), r.unscaled().longValue(), r.scale(), kept);
    } else {
      b.add("c" + r.id(), r.name(), r.unscaled(), r.scale(), kept);
    }
  }
}

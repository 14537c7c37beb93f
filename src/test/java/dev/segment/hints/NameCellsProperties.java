package dev.segment.hints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.ReadHint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A name column counted only until its rules are decided ({@link ColumnCells#forNames}) gives the
 * same warnings as one whose every cell is counted: ids taken for names, and subscription ids in
 * the name column, with the same words.
 */
class NameCellsProperties {
  private static final List<String> POOL =
      List.of(
          "Acme Inc",
          "Globex",
          "cus_A1",
          "cus_B2",
          " cus_A1",
          "12345",
          "ACME-1",
          "",
          " ",
          "sub_7",
          "Zed Co",
          "x");

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.subsetOf(POOL)
        .ofMinSize(1)
        .flatMap(some -> Arbitraries.of(List.copyOf(some)).list().ofMaxSize(300));
  }

  @Provide
  Arbitrary<String> headers() {
    return Arbitraries.of("name", "customername", "customer", "customerid", "accountcode", "id");
  }

  @Property(tries = 400)
  void stoppingEarlyWarnsAsCountingAll(
      @ForAll("names") List<String> cells,
      @ForAll("headers") String header,
      @ForAll boolean trackRepeats,
      @ForAll boolean oneRowACustomer) {
    ColumnCells early = ColumnCells.forNames(header, trackRepeats);
    ColumnCells all = new ColumnCells(trackRepeats, true, false, false);
    for (String c : cells) {
      early.add(new String(c));
      all.add(new String(c));
    }
    long rows = cells.size();
    long customers = oneRowACustomer ? rows : Math.max(0, rows - 1);
    assertThat(CellHints.find(reading(header, early, rows, customers)))
        .isEqualTo(CellHints.find(reading(header, all, rows, customers)));
  }

  @Example
  void aNameColumnOfIdsStillWarns() {
    ColumnCells names = ColumnCells.forNames("name", false);
    for (int i = 0; i < 1000; i++) {
      names.add("cus_" + (i % 7));
    }
    List<ReadHint> hints = CellHints.find(reading("name", names, 1000, 1000));
    // Repeated cus_ ids, every row its own customer: subscription ids too, still tracked.
    assertThat(hints).extracting(ReadHint::kind).containsExactly("subscriptions", "names");
    assertThat(hints.get(1).text()).contains("such as cus_0");
  }

  private static CellHints.Reading reading(
      String nameHeader, ColumnCells names, long rows, long customers) {
    return new CellHints.Reading(
        List.of("id", "mrr", nameHeader),
        List.of("id", "mrr", nameHeader),
        0,
        1,
        2,
        Set.of(),
        new ColumnCells[3],
        Map.of(),
        names,
        new CellHints.Options(
            true, false, false, false, false, false, false, false, false, Set.of()),
        null,
        rows,
        customers,
        v -> false,
        n -> n.equals("mrr"),
        n -> n.equals("arr"));
  }
}

package dev.segment.hints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A column counted with its texts remembered ({@link SeenCells}) counts exactly as one that
 * classifies every cell: the same figures, values, months and repeats, whatever the cells, over the
 * caps on values (64) and remembered texts (128), and across a file read in two parts.
 */
class ColumnCellsProperties {
  /** A cell and whether its row paid (an amount other than 0). */
  record Cell(String text, boolean pays) {}

  private static final String LONG = "x".repeat(ColumnCells.MAX_LENGTH + 1);

  @Provide
  Arbitrary<List<Cell>> columns() {
    Arbitrary<String> few =
        Arbitraries.of(
            "active",
            " active",
            "active ",
            "canceled",
            "",
            " ",
            "1",
            "1.0",
            "01",
            "2",
            "0.5",
            "monthly",
            "cus_A1",
            "cus_B2",
            "sub_9",
            "2024-01-15",
            "2024-02-29",
            "2024-03-01T10:00:00Z",
            "12/1/2024",
            "1/12/2024",
            "3.4.2024",
            "Acme Inc",
            "x-17",
            LONG,
            LONG + "y");
    // Many distinct texts: past the values' cap and the remembered texts' cap.
    Arbitrary<String> many = Arbitraries.integers().between(0, 400).map(i -> "v" + i);
    Arbitrary<String> dates =
        Arbitraries.integers().between(1, 12).map(m -> String.format("2023-%02d-05", m));
    Arbitrary<String> text =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, few),
            net.jqwik.api.Tuple.of(3, many),
            net.jqwik.api.Tuple.of(1, dates));
    Arbitrary<Cell> cell =
        net.jqwik.api.Combinators.combine(text, Arbitraries.of(true, false)).as(Cell::new);
    return cell.list().ofMaxSize(3000);
  }

  @Property(tries = 150)
  void rememberingTextsCountsAsClassifyingEachCell(
      @ForAll("columns") List<Cell> cells, @ForAll boolean trackRepeats) {
    ColumnCells remembered = new ColumnCells(trackRepeats, true, false, false);
    ColumnCells each = new ColumnCells(trackRepeats, false, false, false);
    feed(remembered, cells, 0, cells.size());
    feed(each, cells, 0, cells.size());
    assertSame(remembered, each);
  }

  @Property(tries = 100)
  void andSoInParts(
      @ForAll("columns") List<Cell> cells,
      @ForAll boolean trackRepeats,
      @ForAll @IntRange(min = 0, max = 3000) int cut) {
    int at = Math.min(cut, cells.size());
    ColumnCells remembered = new ColumnCells(trackRepeats, true, false, false);
    ColumnCells laterRemembered = new ColumnCells(trackRepeats, true, false, false);
    ColumnCells each = new ColumnCells(trackRepeats, false, false, false);
    ColumnCells laterEach = new ColumnCells(trackRepeats, false, false, false);
    feed(remembered, cells, 0, at);
    feed(laterRemembered, cells, at, cells.size());
    feed(each, cells, 0, at);
    feed(laterEach, cells, at, cells.size());
    remembered.absorb(laterRemembered);
    each.absorb(laterEach);
    // A part read after the merge (none is today) still counts as it should.
    feed(remembered, cells, 0, at);
    feed(each, cells, 0, at);
    assertSame(remembered, each);
  }

  @Example
  void aDateColumnBegunInSlashesCountsItsIsoMonthsToo() {
    // It threw out of the ledger rule (segment exit 1) before.
    ColumnCells c = new ColumnCells(false);
    for (String d : List.of("12/1/2024", "2024-01-05", "2024-02-05")) {
      c.add(d);
    }
    assertThat(c.distinctMonths()).isEqualTo(3);
  }

  private static void feed(ColumnCells c, List<Cell> cells, int from, int to) {
    for (int i = from; i < to; i++) {
      // A fresh String, as the parser gives each row's cell.
      c.add(new String(cells.get(i).text()));
      if (cells.get(i).pays()) {
        c.lastRowPays();
      }
    }
  }

  static void assertSame(ColumnCells a, ColumnCells b) {
    assertThat(a.empty()).isEqualTo(b.empty());
    assertThat(a.nonEmpty()).isEqualTo(b.nonEmpty());
    assertThat(a.wholes()).isEqualTo(b.wholes());
    assertThat(a.aboveOne()).isEqualTo(b.aboveOne());
    assertThat(a.numbers()).isEqualTo(b.numbers());
    assertThat(a.notOne()).isEqualTo(b.notOne());
    assertThat(a.dates()).isEqualTo(b.dates());
    assertThat(a.datedPaying()).isEqualTo(b.datedPaying());
    assertThat(a.cusIds()).isEqualTo(b.cusIds());
    assertThat(a.subIds()).isEqualTo(b.subIds());
    assertThat(a.idLike()).isEqualTo(b.idLike());
    assertThat(a.distinctMonths()).isEqualTo(b.distinctMonths());
    assertThat(a.repeats()).isEqualTo(b.repeats());
    assertThat(a.tracked()).isEqualTo(b.tracked());
    assertThat(a.distinct()).isEqualTo(b.distinct());
    assertThat(a.values()).containsExactlyEntriesOf(b.values());
    assertThat(a.payingRows()).containsExactlyEntriesOf(b.payingRows());
    assertThat(a.capped()).isEqualTo(b.capped());
    assertThat(a.counts()).isEqualTo(b.counts());
  }
}

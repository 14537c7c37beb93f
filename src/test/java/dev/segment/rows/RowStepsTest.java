package dev.segment.rows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.FilterCount;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The row steps one at a time, on rows built from CSV text. */
class RowStepsTest {
  private static long lines;

  /** A row of {@code csv} (one record), as the tally would hand it to the steps. */
  static Row row(String csv) {
    Row row = new Row(-1, 0);
    try (CSVParser p = CSVParser.parse(csv, CSVFormat.DEFAULT)) {
      CSVRecord record = p.getRecords().get(0);
      row.at(record, ++lines, lines - 1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return row;
  }

  /** Amounts are io's to read: these steps never ask for one. */
  private static final AmountReader.Maker NO_AMOUNTS =
      decimalComma -> {
        return null;
      };

  @Nested
  class BlankAndFooterLines {
    @Test
    void blankLinesTotalsAndTheirNotesStopTheRowAndAreCounted() {
      BlankAndFooter step = new BlankAndFooter();
      assertThat(step.take(row(",,,\n"))).isFalse();
      assertThat(step.take(row("a,1\n"))).isTrue();
      assertThat(step.take(row("Grand Totals (2 records),3\n"))).isFalse();
      assertThat(step.inFooter()).isTrue();
      assertThat(step.take(row("Confidential\n"))).isFalse();
      assertThat(step.take(row("Copyright 2024, Acme, inc.\n"))).isFalse();
      // A full row after the notes is data again (a subtotal between groups).
      assertThat(step.take(row("b,2\n"))).isTrue();
      assertThat(step.inFooter()).isFalse();
      assertThat(step.blankLines()).isEqualTo(1);
      assertThat(step.footerLines()).isEqualTo(3);
    }

    @Test
    void absorbAddsTheLaterStretchsCounts() {
      BlankAndFooter first = new BlankAndFooter();
      BlankAndFooter later = new BlankAndFooter();
      first.take(row(",\n"));
      later.take(row(",\n"));
      later.take(row("Total,9\n"));
      first.absorb(later, 10);
      assertThat(first.blankLines()).isEqualTo(2);
      assertThat(first.footerLines()).isEqualTo(1);
    }
  }

  @Nested
  class FilterFamily {
    @Test
    void aRowCountsUnderTheFirstFilterItFailsAndEachExpressionHasItsLine() {
      List<RowFilter> where =
          List.of(RowFilter.parse("status=active"), RowFilter.parse("start>=2024-01-01"));
      Filters step = new Filters(where, new int[][] {{1}, {2}}, NO_AMOUNTS);
      assertThat(step.take(row("a,active,2024-02-01\n"))).isTrue();
      assertThat(step.take(row("b,churned,2024-02-01\n"))).isFalse();
      assertThat(step.take(row("c,churned,2023-02-01\n"))).isFalse();
      assertThat(step.take(row("d,ACTIVE ,2023-02-01\n"))).isFalse();
      // A missing cell reads as empty: no status, so filtered by the first.
      assertThat(step.take(row("e\n"))).isFalse();
      List<FilterCount> lines = new ArrayList<>();
      step.filterCounts(lines);
      assertThat(lines)
          .containsExactly(
              new FilterCount("status=active", 3), new FilterCount("start>=2024-01-01", 1));
      assertThat(step.filtered()).isEqualTo(4);
    }

    @Test
    void absorbAddsEachFiltersCount() {
      List<RowFilter> where = List.of(RowFilter.parse("s!=x"));
      Filters first = new Filters(where, new int[][] {{0}}, NO_AMOUNTS);
      Filters later = new Filters(where, new int[][] {{0}}, NO_AMOUNTS);
      first.take(row("x\n"));
      later.take(row("x\n"));
      later.take(row("y\n"));
      first.absorb(later, 5);
      assertThat(first.filtered()).isEqualTo(2);
    }

    @Test
    void aOneColumnFilterIsACellTestForTheHints() {
      var test = FilterCells.cellTest(RowFilter.parse("plan=pro,team"), NO_AMOUNTS);
      assertThat(test.test(" Pro")).isTrue();
      assertThat(test.test("free")).isFalse();
    }
  }

  @Nested
  class Factors {
    private final SkippedRows.Collector skipped = new SkippedRows.Collector();

    @Test
    void anIntervalAndItsCountGoIntoTheRow() {
      Interval step = new Interval(0, 1, skipped);
      Row r = row("Quarterly,3\n");
      assertThat(step.take(r)).isTrue();
      assertThat(r.perYear).isEqualTo(4);
      assertThat(r.count).isEqualTo(3);
      Row big = row("month,0001234567890123456789\n");
      assertThat(step.take(big)).isTrue();
      assertThat(big.bigCount).isEqualTo(new BigDecimal("1234567890123456789"));
    }

    @Test
    void anUnknownIntervalOrAZeroCountSkipsTheRow() {
      Interval step = new Interval(0, 1, skipped);
      assertThat(step.take(row("fortnight,1\n"))).isFalse();
      assertThat(step.take(row("month,0\n"))).isFalse();
      assertThat(step.take(row("month,\n"))).isTrue();
      assertThat(skipped.result().tallies())
          .singleElement()
          .satisfies(t -> assertThat(t.reason()).isEqualTo(SkipReason.INTERVAL))
          .satisfies(t -> assertThat(t.count()).isEqualTo(2));
    }

    @ParameterizedTest
    @CsvSource({"'',1,0", "3,3,0", "2.50,250,2", ".5,5,1", "007,7,0"})
    void aQuantityIsAPlainDecimal(String cell, long unscaled, int scale) {
      Row r = row(cell.isEmpty() ? "\"\"\n" : cell + "\n");
      assertThat(new Quantity(0, skipped).take(r)).isTrue();
      assertThat(r.quantityUnscaled).isEqualTo(unscaled);
      assertThat(r.quantityScale).isEqualTo(scale);
    }

    @ParameterizedTest
    @CsvSource({"-1", "1.2.3", "1e3", "."})
    void anotherQuantitySkipsTheRow(String cell) {
      assertThat(new Quantity(0, skipped).take(row(cell + "\n"))).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({"1.0823,1.0823", "' 2 ',2", "3.,3", "0,", "0.00,", "'',", "-1,", "1e2,"})
  void aRateCellIsADecimalAboveZero(String cell, String rate) {
    assertThat(CurrencyAndRate.rate(cell)).isEqualTo(rate == null ? null : new BigDecimal(rate));
  }
}

package dev.segment.io;

import dev.segment.model.CustomerIds;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.FilterCount;
import dev.segment.model.SkippedRows;
import dev.segment.rows.Amount;
import dev.segment.rows.AmountReader;
import dev.segment.rows.BlankAndFooter;
import dev.segment.rows.CellWatch;
import dev.segment.rows.CurrencyAndRate;
import dev.segment.rows.Filters;
import dev.segment.rows.FormulaSum;
import dev.segment.rows.HintValues;
import dev.segment.rows.IdAndParent;
import dev.segment.rows.Interval;
import dev.segment.rows.KeptCells;
import dev.segment.rows.Quantity;
import dev.segment.rows.Row;
import dev.segment.rows.RowFilter;
import dev.segment.rows.RowStep;
import dev.segment.rows.ShiftedColumns;
import dev.segment.rows.Sum;
import dev.segment.rows.ValueTally;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * What the data rows of one stretch of the input add up to: customers, skipped and filtered rows,
 * footer and blank lines, the currencies written and where each first appeared, and the values of
 * the columns the report's hints describe. Each row runs through the steps of {@code
 * dev.segment.rows} in their fixed order until one stops it. A whole file is one stretch; a large
 * file read in parts has one per part, merged in input order with {@link #absorb}, and line numbers
 * are then relative to the part's first line until it is absorbed.
 */
final class RowTally {
  // Rows read ahead so that their ids' table slots are loaded together (CustomersBuilder.prefetch);
  // 16 and 64 measured the same as 32 (docs/PERFORMANCE.md).
  private static final int PREFETCH = 32;

  private final ColumnLayout columns;
  private final CustomersBuilder builder;
  private final SkippedRows.Collector skipped = new SkippedRows.Collector();
  private final CellWatch watch;
  private final Row row;
  private final BlankAndFooter lines = new BlankAndFooter();
  private final HintValues hintValues;
  private final CurrencyAndRate currency;
  // Every step in the order a row meets them; then those listing filtered rows, in the report's
  // order (--where first, though --latest runs before it).
  private final RowStep[] steps;
  private final RowStep[] reported;
  private long ordinal;

  RowTally(String label, List<String> header, ColumnLayout columns, ReadOptions options) {
    this.columns = columns;
    this.builder =
        new CustomersBuilder(columns.kind(), columns.keptHeaders(), columns.parent() >= 0);
    if (columns.group() >= 0) {
      builder.grouping();
    }
    this.watch = WatchPlan.watch(header, columns, options);
    this.row = new Row(columns.name(), columns.kept().length);
    this.hintValues =
        new HintValues(
            columns.status(), columns.intervalHint(), columns.quantityHint(), columns.countHint());
    RowRules rules = RowRules.of(header, label, options.ledger(), skipped);
    AmountReader money = new MoneyCells(options.decimalComma());
    this.currency =
        new CurrencyAndRate(
            label,
            columns.currencies(),
            money,
            options.rates().orElse(null),
            rules == null ? -1 : rules.rateColumn(),
            rules != null && rules.rateInverse(),
            skipped);
    Filters filters = filters(header, label, columns, options.where());
    this.steps = steps(header.size(), options, rules, filters, money);
    this.reported =
        present(
            filters, rules == null ? null : rules.older(), rules == null ? null : rules.dated());
  }

  /** The steps a row meets, in order; a step an option leaves out is not there at all. */
  private RowStep[] steps(
      int headerSize, ReadOptions options, RowRules rules, Filters filters, AmountReader money) {
    boolean formula = options.usesRowFormula();
    return present(
        lines,
        new ShiftedColumns(headerSize, skipped),
        rules == null ? null : rules.older(),
        watch.beforeFilters(),
        filters,
        rules == null ? null : rules.dated(),
        watch.afterFilters(),
        hintValues.counts() ? hintValues : null,
        new IdAndParent(columns.id(), columns.parent(), builder, skipped),
        new Amount(columns.amount(), money, formula && options.minorUnits(), skipped),
        formula && columns.interval() >= 0
            ? new Interval(columns.interval(), columns.intervalCount(), skipped)
            : null,
        formula && columns.quantity() >= 0 ? new Quantity(columns.quantity(), skipped) : null,
        watch.amounts(money),
        currency,
        columns.kept().length == 0 && columns.group() < 0
            ? null
            : new KeptCells(columns.kept(), columns.group(), builder),
        formula
            ? new FormulaSum(builder, money, options.minorUnits(), currency)
            : new Sum(builder, money));
  }

  /** The --where step (null without filters), each filter's columns named from the header. */
  private static Filters filters(
      List<String> header, String label, ColumnLayout columns, List<RowFilter> where) {
    if (where.isEmpty()) {
      return null;
    }
    int[][] filterColumns = new int[where.size()][];
    for (int f = 0; f < filterColumns.length; f++) {
      List<String> names = where.get(f).columns();
      filterColumns[f] = new int[names.size()];
      // The first as the layout found it; any further ones by name or 1-based index.
      filterColumns[f][0] = columns.filters()[f];
      for (int k = 1; k < names.size(); k++) {
        filterColumns[f][k] = ColumnResolver.column(header, label, "--where", names.get(k));
      }
    }
    return new Filters(where, filterColumns, MoneyCells::new);
  }

  private static RowStep[] present(RowStep... steps) {
    List<RowStep> present = new ArrayList<>();
    for (RowStep s : steps) {
      if (s != null) {
        present.add(s);
      }
    }
    return present.toArray(new RowStep[0]);
  }

  /**
   * Tallies every record {@code records} has left, a few at a time so that their ids' table slots
   * are loaded together (see {@link CustomersBuilder#prefetch}). A record that fails to parse is
   * thrown only after the rows before it are tallied, as one row at a time would.
   */
  void readAll(Records records) throws IOException {
    CSVRecord[] rows = new CSVRecord[PREFETCH];
    long[] lines = new long[PREFETCH];
    String[] ids = new String[PREFETCH];
    int idColumn = columns.id();
    // With --parent-column each row looks up its parent cell too: loaded the same way.
    int parentColumn = columns.parent();
    String[] parents = parentColumn < 0 ? null : new String[PREFETCH];
    Exception failure = null;
    while (failure == null) {
      int n = 0;
      CSVRecord record = null;
      while (n < PREFETCH) {
        try {
          record = records.next();
        } catch (IOException | RuntimeException e) {
          failure = e;
          break;
        }
        if (record == null) {
          break;
        }
        rows[n] = record;
        lines[n] = records.line();
        ids[n] = record.size() > idColumn ? CustomerIds.trim(record.get(idColumn)) : "";
        if (parents != null) {
          parents[n] =
              record.size() > parentColumn ? CustomerIds.trim(record.get(parentColumn)) : "";
        }
        n++;
      }
      builder.prefetch(ids, n);
      if (parents != null) {
        builder.prefetch(parents, n);
      }
      for (int k = 0; k < n; k++) {
        add(rows[k], lines[k]);
      }
      if (record == null && failure == null) {
        return;
      }
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    throw (RuntimeException) failure;
  }

  /** The row logic: the hot path, so each step reads cells by index and nothing is thrown. */
  private void add(CSVRecord record, long line) {
    row.at(record, line, ordinal++);
    for (RowStep step : steps) {
      if (!step.take(row)) {
        return;
      }
    }
  }

  /**
   * Adds the tally of the stretch that follows this one, whose line numbers start {@code
   * lineOffset} lines after this one's first line. The later tally must not be used again.
   */
  void absorb(RowTally later, long lineOffset) {
    builder.absorb(later.builder);
    watch.absorb(later.watch);
    skipped.absorb(later.skipped, lineOffset);
    for (int s = 0; s < steps.length; s++) {
      steps[s].absorb(later.steps[s], lineOffset);
    }
  }

  /**
   * True when a value column had more distinct values than are counted one by one: stretches
   * absorbed in order are then not proven to count what one pass counts.
   */
  boolean valuesCapped() {
    return hintValues.valuesCapped();
  }

  /** The report's lines of filtered rows: each --where expression, then the date options'. */
  List<FilterCount> filterCounts() {
    List<FilterCount> out = new ArrayList<>();
    for (RowStep s : reported) {
      s.filterCounts(out);
    }
    return out;
  }

  /** Every filtered row, all filters and date rules together. */
  long filteredRows() {
    long n = 0;
    for (RowStep s : steps) {
      n += s.filtered();
    }
    return n;
  }

  /** The rows used: summed, or left without a rate for their currency. */
  long used() {
    long n = 0;
    for (RowStep s : steps) {
      n += s.used();
    }
    return n;
  }

  /** The status column's values, or null when there is no such column. */
  ValueTally statusValues() {
    return hintValues.status();
  }

  /** True after a total row, where the next lines are read as the export's notes. */
  boolean inFooter() {
    return lines.inFooter();
  }

  CellWatch watch() {
    return watch;
  }

  CustomersBuilder builder() {
    return builder;
  }

  SkippedRows skipped() {
    return skipped.result();
  }

  Map<String, Long> currencyFirstLines() {
    return currency.firstLines();
  }

  /** With {@code --rates}: each used row's currency (the base when it names none) and its sums. */
  Map<String, CurrencyAndRate.Sums> currencySums() {
    return currency.sums();
  }

  long footerLines() {
    return lines.footerLines();
  }

  long blankLines() {
    return lines.blankLines();
  }
}

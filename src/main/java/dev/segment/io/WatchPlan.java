package dev.segment.io;

import dev.segment.hints.AmountCells;
import dev.segment.hints.CellHints;
import dev.segment.hints.ColumnCells;
import dev.segment.model.ReadHint;
import dev.segment.rows.CellWatch;
import dev.segment.rows.FilterCells;
import dev.segment.rows.Intervals;
import dev.segment.rows.RowFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which cells a read watches for {@link CellHints} ({@link CellWatch} watches them row by row):
 * every column the reading does not read (after the filters), the columns a {@code --where} names
 * (before them, so a filter's dropped values are seen), the name column, and the used amounts when
 * the cents rule can apply. A plain MRR file of id, name and MRR watches only its names. And what
 * the hints make of the watched cells once every row is read.
 */
final class WatchPlan {
  private WatchPlan() {}

  static CellWatch watch(List<String> header, ColumnLayout columns, ReadOptions options) {
    int n = header.size();
    ColumnCells[] cells = new ColumnCells[n];
    Set<Integer> read = read(columns);
    Set<Integer> filtered = new LinkedHashSet<>();
    for (int f : columns.filters()) {
      filtered.add(f);
    }
    List<Integer> afterList = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (c == columns.id() || c == columns.amount() || c == columns.name()) {
        continue;
      }
      if (read.contains(c) && c != columns.parent()) {
        continue;
      }
      cells[c] = new ColumnCells(tracksRepeats(ColumnResolver.normalise(header.get(c))));
      if (!filtered.contains(c)) {
        afterList.add(c);
      }
    }
    for (int f : filtered) {
      if (cells[f] == null && f != columns.id() && f != columns.amount()) {
        cells[f] = new ColumnCells(false);
      }
    }
    int nameColumn = columns.name();
    String nameHeader = nameColumn < 0 ? "" : ColumnResolver.normalise(header.get(nameColumn));
    return new CellWatch(
        cells,
        filtered.stream().filter(f -> cells[f] != null).mapToInt(Integer::intValue).toArray(),
        afterList.stream().mapToInt(Integer::intValue).toArray(),
        nameColumn,
        nameColumn < 0 ? null : ColumnCells.forNames(nameHeader, tracksRepeats(nameHeader)),
        CellHints.centsColumn(
                ColumnResolver.normalise(header.get(columns.amount())), options.minorUnits())
            ? new AmountCells()
            : null,
        columns.parent() >= 0 && nameColumn >= 0);
  }

  /** Columns an id, customer or subscription id may be in: their repeats are counted. */
  private static boolean tracksRepeats(String normal) {
    return normal.equals("id")
        || normal.equals("subscription")
        || normal.equals("subscriptionid")
        || ((normal.contains("customer") || normal.contains("account"))
            && !normal.startsWith("parent")
            && (normal.endsWith("id") || normal.endsWith("uuid") || normal.endsWith("code")));
  }

  private static Set<Integer> read(ColumnLayout columns) {
    Set<Integer> read = new HashSet<>();
    for (int c :
        new int[] {
          columns.interval(), columns.intervalCount(), columns.quantity(), columns.parent()
        }) {
      if (c >= 0) {
        read.add(c);
      }
    }
    for (int c : columns.currencies()) {
      read.add(c);
    }
    return read;
  }

  /** The hints the cells give for this reading. */
  static List<ReadHint> hints(
      CellWatch watch,
      List<String> header,
      ColumnLayout columns,
      ReadOptions options,
      long rowsUsed,
      long customers,
      boolean mrrTyped) {
    List<String> normal = new ArrayList<>();
    for (String h : header) {
      normal.add(ColumnResolver.normalise(h));
    }
    Map<Integer, Predicate<String>> keeps = new HashMap<>();
    int[] filters = columns.filters();
    for (int f = 0; f < filters.length; f++) {
      RowFilter filter = options.where().get(f);
      if (filter.columns().size() == 1) {
        keeps.merge(filters[f], FilterCells.cellTest(filter, MoneyCells::new), Predicate::and);
      }
    }
    CellHints.Options o =
        new CellHints.Options(
            mrrTyped,
            options.arrColumn().isPresent(),
            options.intervalColumn().isPresent(),
            options.intervalCountColumn().isPresent(),
            options.quantityColumn().isPresent(),
            options.minorUnits(),
            options.parentColumn().isPresent(),
            options.ledger().periodColumns().isPresent() || options.ledger().trailing() != 0,
            false,
            Set.of());
    return CellHints.find(
        new CellHints.Reading(
            header,
            normal,
            columns.id(),
            columns.amount(),
            columns.name(),
            read(columns),
            watch.cells(),
            keeps,
            watch.names(),
            o,
            watch.amountCells(),
            rowsUsed,
            customers,
            v -> Intervals.perYear(v) != 0,
            ColumnResolver::isMrrName,
            ColumnResolver::isArrName));
  }
}

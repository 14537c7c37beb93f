package dev.segment.io;

import dev.segment.hints.AmountCells;
import dev.segment.hints.CellHints;
import dev.segment.hints.ColumnCells;
import dev.segment.model.ReadHint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;

/**
 * The cells a read watches for {@link CellHints}: every column the reading does not read (after the
 * filters), the columns a {@code --where} names (before them, so a filter's dropped values are
 * seen), the name column, and the used amounts when the cents rule can apply. A plain MRR file of
 * id, name and MRR watches only its names.
 */
final class CellWatch {
  /** Names remembered under --parent-column, to tell a parent column of names from one of ids. */
  private static final int MAX_NAMES = 10_000;

  private final int[] after;
  private final int[] before;
  private final ColumnCells[] cells;
  private final ColumnCells names;
  private final int nameColumn;
  private final AmountCells amounts;
  private final Set<String> someNames;

  CellWatch(List<String> header, ColumnLayout columns, ReadOptions options) {
    int n = header.size();
    cells = new ColumnCells[n];
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
    after = afterList.stream().mapToInt(Integer::intValue).toArray();
    before = filtered.stream().filter(f -> cells[f] != null).mapToInt(Integer::intValue).toArray();
    nameColumn = columns.name();
    String nameHeader = nameColumn < 0 ? "" : ColumnResolver.normalise(header.get(nameColumn));
    names = nameColumn < 0 ? null : ColumnCells.forNames(nameHeader, tracksRepeats(nameHeader));
    amounts =
        CellHints.centsColumn(
                ColumnResolver.normalise(header.get(columns.amount())), options.minorUnits())
            ? new AmountCells()
            : null;
    someNames = columns.parent() >= 0 && nameColumn >= 0 ? new HashSet<>() : null;
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

  /** Cells of the columns a --where names, before the filters drop the row. */
  void beforeFilters(CSVRecord row, int size) {
    for (int c : before) {
      cells[c].add(c < size ? row.get(c) : "");
    }
  }

  /** Cells of every other watched column, for a row the filters kept. */
  void afterFilters(CSVRecord row, int size) {
    for (int c : after) {
      cells[c].add(c < size ? row.get(c) : "");
    }
    if (names != null) {
      String name = nameColumn < size ? row.get(nameColumn) : "";
      names.add(name);
      if (someNames != null
          && someNames.size() < MAX_NAMES
          && !name.isBlank()
          && name.length() <= 200) {
        someNames.add(name.strip());
      }
    }
  }

  /** One used amount: its row's watched values pay when it is not 0; and the cents rule's count. */
  void amount(MoneyParser money, boolean wide) {
    if (wide || money.unscaled() != 0) {
      for (int c : after) {
        cells[c].lastRowPays();
      }
    }
    if (amounts != null) {
      boolean whole = money.scale() == 0;
      amounts.add(whole, whole && (wide || Math.abs(money.unscaled()) >= 1000));
    }
  }

  void absorb(CellWatch later) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null) {
        cells[c].absorb(later.cells[c]);
      }
    }
    if (names != null) {
      names.absorb(later.names);
    }
    if (amounts != null) {
      amounts.absorb(later.amounts);
    }
    if (someNames != null) {
      for (String s : later.someNames) {
        if (someNames.size() >= MAX_NAMES) {
          break;
        }
        someNames.add(s);
      }
    }
  }

  /**
   * With --parent-column: a parent cell that is a name in the file, when no parent cell is an id of
   * a row (the roll-up's count says so); null otherwise.
   */
  String parentName(ColumnLayout columns) {
    if (someNames == null || columns.parent() < 0 || cells[columns.parent()] == null) {
      return null;
    }
    for (String v : cells[columns.parent()].values().keySet()) {
      if (someNames.contains(v)) {
        return v;
      }
    }
    return null;
  }

  /** The hints the cells give for this reading. */
  List<ReadHint> hints(
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
      keeps.merge(filters[f], filter::keeps, Predicate::and);
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
            cells.clone(),
            keeps,
            names,
            o,
            amounts,
            rowsUsed,
            customers,
            v -> Intervals.perYear(v) != 0,
            ColumnResolver::isMrrName,
            ColumnResolver::isArrName));
  }
}

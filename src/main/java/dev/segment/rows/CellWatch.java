package dev.segment.rows;

import dev.segment.hints.AmountCells;
import dev.segment.hints.ColumnCells;
import java.util.HashSet;
import java.util.Set;

/**
 * The cells a read watches for the read hints ({@code hints.CellHints}): the columns a {@code
 * --where} names (before the filters, so a filter's dropped values are seen), every other watched
 * column and the names (after them), and the used amounts. Its three steps sit at those places in
 * the row's sequence; {@code io} chooses the columns and asks the hints.
 */
public final class CellWatch {
  /** Names remembered under --parent-column, to tell a parent column of names from one of ids. */
  private static final int MAX_NAMES = 10_000;

  private final ColumnCells[] cells;
  private final int[] before;
  private final int[] after;
  private final int nameColumn;
  private final ColumnCells names;
  private final AmountCells amounts;
  private final Set<String> someNames;

  /**
   * @param cells the watched columns' cells by column, null where a column is not watched
   * @param before the watched columns a filter names
   * @param after the other watched columns
   * @param nameColumn the name column, or -1 (then {@code names} is null)
   * @param amounts the used amounts' watch, or null when the cents rule cannot apply
   * @param remembersNames true under --parent-column with a name column
   */
  public CellWatch(
      ColumnCells[] cells,
      int[] before,
      int[] after,
      int nameColumn,
      ColumnCells names,
      AmountCells amounts,
      boolean remembersNames) {
    this.cells = cells.clone();
    this.before = before.clone();
    this.after = after.clone();
    this.nameColumn = nameColumn;
    this.names = names;
    this.amounts = amounts;
    this.someNames = remembersNames ? new HashSet<>() : null;
  }

  /** The step before the filters, or null when no filter names a watched column. */
  public RowStep beforeFilters() {
    return before.length == 0 ? null : new Before();
  }

  /** The step after the filters and date rules. */
  public RowStep afterFilters() {
    return new After();
  }

  /** The step after the amount and its factors are read, with the reader that read it. */
  public RowStep amounts(AmountReader money) {
    return new Amounts(money);
  }

  private final class Before extends RowStep {
    @Override
    public boolean take(Row row) {
      for (int c : before) {
        cells[c].add(row.cell(c));
      }
      return true;
    }
  }

  private final class After extends RowStep {
    @Override
    public boolean take(Row row) {
      for (int c : after) {
        cells[c].add(row.cell(c));
      }
      if (names != null) {
        String name = row.cell(nameColumn);
        names.add(name);
        if (someNames != null
            && someNames.size() < MAX_NAMES
            && !name.isBlank()
            && name.length() <= 200) {
          someNames.add(name.strip());
        }
      }
      return true;
    }
  }

  /** One used amount: its row's watched values pay when it is not 0; and the cents rule's count. */
  private final class Amounts extends RowStep {
    private final AmountReader money;

    Amounts(AmountReader money) {
      this.money = money;
    }

    @Override
    public boolean take(Row row) {
      boolean wide = row.wide;
      if (wide || money.unscaled() != 0) {
        for (int c : after) {
          cells[c].lastRowPays();
        }
      }
      if (amounts != null) {
        boolean whole = money.scale() == 0;
        amounts.add(whole, whole && (wide || Math.abs(money.unscaled()) >= 1000));
      }
      return true;
    }
  }

  /** Adds the cells of the stretch that follows; {@code later} is not used again. */
  public void absorb(CellWatch later) {
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
  public String parentName(int parentColumn) {
    if (someNames == null || parentColumn < 0 || cells[parentColumn] == null) {
      return null;
    }
    for (String v : cells[parentColumn].values().keySet()) {
      if (someNames.contains(v)) {
        return v;
      }
    }
    return null;
  }

  /** The watched columns' cells by column (null where not watched). */
  public ColumnCells[] cells() {
    return cells.clone();
  }

  /** The name column's cells, or null. */
  public ColumnCells names() {
    return names;
  }

  /** The used amounts' watch, or null. */
  public AmountCells amountCells() {
    return amounts;
  }
}

package dev.segment.hints;

import static dev.segment.hints.CellShape.ABOVE_ONE;
import static dev.segment.hints.CellShape.CUS;
import static dev.segment.hints.CellShape.DATE;
import static dev.segment.hints.CellShape.ID_LIKE;
import static dev.segment.hints.CellShape.NOT_ONE;
import static dev.segment.hints.CellShape.NUMBER;
import static dev.segment.hints.CellShape.SUB;
import static dev.segment.hints.CellShape.WHOLE;

import dev.segment.model.ValueCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one column's cells look like, counted one cell at a time: how many are empty, whole numbers,
 * numbers other than 1, dates (and over how many months), {@code cus_} ids, id-like text; its few
 * distinct values with their rows; and, when asked, whether any value repeats. Stretches of a file
 * read in parts are {@link #absorb absorbed} in input order.
 */
public final class ColumnCells {
  /** Distinct values counted one by one; a status, flag or interval column has a handful. */
  static final int MAX_VALUES = 64;

  /** Values remembered to find a repeat; past this many distinct ones the question is dropped. */
  static final int MAX_TRACKED = 200_000;

  /** Cells longer than this are classified but never kept (values, repeats, the last cell). */
  static final int MAX_LENGTH = 100;

  private long empty;
  private long nonEmpty;
  private long wholes;
  private long aboveOne;
  private long numbers;
  private long notOne;
  private long dates;
  private long datedPaying;
  private long cusIds;
  private long subIds;
  private long idLike;
  private final Map<String, long[]> values = new LinkedHashMap<>();
  private long otherRows;
  private boolean capped;
  private final List<String> months = new ArrayList<>(3);
  private final boolean trackAlways;
  private Set<String> seen;
  private boolean repeats;
  private boolean trackDropped;

  // Exports repeat a cell row after row: the same text is counted as the last one was.
  private String lastCell;
  private int lastFlags;
  private long[] lastCount;

  // And a column's few values (plans, countries, statuses) over and over: each text seen is
  // classified and looked up once, then counted as it was (null when the cells were all distinct).
  private SeenCells known;

  // A name column's cells matter only while a rule on them can still fire (see CellHints).
  private final boolean stopsWhenDecided;
  private final boolean idName;
  private boolean stopped;

  /**
   * @param trackRepeats remember values to tell whether any repeats (an id column's question);
   *     without it a column whose first value is a {@code cus_} or {@code sub_} id is tracked
   *     anyway
   */
  public ColumnCells(boolean trackRepeats) {
    this(trackRepeats, true, false, false);
  }

  ColumnCells(boolean trackRepeats, boolean remember, boolean stopsWhenDecided, boolean idName) {
    this.trackAlways = trackRepeats;
    this.seen = trackRepeats ? new HashSet<>() : null;
    this.known = remember ? new SeenCells() : null;
    this.stopsWhenDecided = stopsWhenDecided;
    this.idName = idName;
  }

  /**
   * The cells of the name column, whose header normalised is {@code normalName}: counted only until
   * the rules that read a name column (ids taken for names, subscription ids) are decided, which in
   * a column of names is its first cell. The counts are then those of the cells up to there; the
   * rules' outcome is the same as with every cell counted.
   *
   * @param trackRepeats as for {@link #ColumnCells(boolean)}
   */
  public static ColumnCells forNames(String normalName, boolean trackRepeats) {
    return new ColumnCells(trackRepeats, true, true, CellHints.customerIdName(normalName));
  }

  /** Counts one cell as the file wrote it. */
  public void add(String cell) {
    if (stopped) {
      return;
    }
    tally(cell);
    if (stopsWhenDecided && CellHints.nameRulesDecided(this, idName)) {
      stopped = true;
      // No later row's amount is counted against this cell.
      lastCell = null;
      lastCount = null;
      lastFlags = -1;
      known = null;
    }
  }

  private void tally(String cell) {
    if (lastCell != null && cell.equals(lastCell)) {
      count(lastFlags);
      if (lastCount != null) {
        lastCount[0]++;
      } else if (lastFlags >= 0) {
        otherRows++;
      }
      if (seen != null && lastFlags >= 0) {
        repeats = true;
      }
      return;
    }
    // A long cell (a note, a 10 MB field) is never held past its row: no value a rule reads
    // is long, and a heap sized for the file has no room for a copy.
    boolean kept = cell.length() <= MAX_LENGTH;
    lastCell = kept ? cell : null;
    int slot = -1;
    if (kept && known != null) {
      slot = known.slot(cell);
      if (known.holds(slot)) {
        again(known.flags(slot), known.count(slot));
        return;
      }
      if (known.full()) {
        // Past its first distinct texts a column of ids or names rarely repeats one: stop asking.
        known = known.worthKeeping() ? known : null;
        slot = -1;
      }
    }
    String s = cell.strip();
    if (s.isEmpty()) {
      lastFlags = -1;
      lastCount = null;
      empty++;
      if (slot >= 0) {
        known.put(slot, cell, -1, null);
      }
      return;
    }
    int flags = CellShape.classify(s);
    lastFlags = flags;
    count(flags);
    if ((flags & DATE) != 0 && months.size() < 3) {
      String month = CellShape.month(s);
      if (!months.contains(month)) {
        months.add(month);
      }
    }
    long[] c = s.length() > MAX_LENGTH ? null : values.get(s);
    if (c == null && values.size() < MAX_VALUES && s.length() <= MAX_LENGTH) {
      c = new long[2];
      values.put(s, c);
    }
    if (c != null) {
      c[0]++;
    } else {
      capped = true;
      otherRows++;
    }
    lastCount = c;
    if (seen == null && !trackDropped && nonEmpty == 1 && (flags & (CUS | SUB)) != 0) {
      seen = new HashSet<>();
    }
    if (seen != null && !repeats && s.length() <= MAX_LENGTH) {
      if (!seen.add(s)) {
        repeats = true;
      } else if (seen.size() > MAX_TRACKED) {
        seen = null;
        trackDropped = true;
      }
    }
    if (slot >= 0) {
      known.put(slot, cell, flags, c);
    }
  }

  /**
   * A cell whose text came before, counted exactly as its first time was: the same flags and value
   * (a value left out of {@link #values} then stays out, the values being full for good); its month
   * is already among {@link #months} or came when they were full; and a tracked column has already
   * remembered it, so it repeats.
   */
  private void again(int flags, long[] c) {
    lastFlags = flags;
    lastCount = c;
    if (flags < 0) {
      empty++;
      return;
    }
    count(flags);
    if (c != null) {
      c[0]++;
    } else {
      capped = true;
      otherRows++;
    }
    if (seen != null) {
      repeats = true;
    }
  }

  private void count(int flags) {
    if (flags < 0) {
      empty++;
      return;
    }
    nonEmpty++;
    if ((flags & WHOLE) != 0) {
      wholes++;
    }
    if ((flags & ABOVE_ONE) != 0) {
      aboveOne++;
    }
    if ((flags & NUMBER) != 0) {
      numbers++;
    }
    if ((flags & NOT_ONE) != 0) {
      notOne++;
    }
    if ((flags & DATE) != 0) {
      dates++;
    }
    if ((flags & CUS) != 0) {
      cusIds++;
    }
    if ((flags & SUB) != 0) {
      subIds++;
    }
    if ((flags & ID_LIKE) != 0) {
      idLike++;
    }
  }

  /**
   * The row of the cell last added was used with an amount other than 0: a status value or a date
   * on such rows is one a reading could have to leave out (a trial at 0 changes no figure).
   */
  public void lastRowPays() {
    if (lastCount != null) {
      lastCount[1]++;
    }
    if (lastFlags > 0 && (lastFlags & DATE) != 0) {
      datedPaying++;
    }
  }

  /** Dates on rows used with an amount other than 0. */
  public long datedPaying() {
    return datedPaying;
  }

  /** Per value, the rows used with an amount other than 0 (see {@link #lastRowPays}). */
  public Map<String, Long> payingRows() {
    Map<String, Long> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v[1]));
    return out;
  }

  /** Adds the counts of the stretch that follows this one; {@code later} is not used again. */
  public void absorb(ColumnCells later) {
    empty += later.empty;
    nonEmpty += later.nonEmpty;
    wholes += later.wholes;
    aboveOne += later.aboveOne;
    numbers += later.numbers;
    notOne += later.notOne;
    dates += later.dates;
    datedPaying += later.datedPaying;
    cusIds += later.cusIds;
    subIds += later.subIds;
    idLike += later.idLike;
    for (Map.Entry<String, long[]> e : later.values.entrySet()) {
      long[] c = values.get(e.getKey());
      if (c != null) {
        c[0] += e.getValue()[0];
        c[1] += e.getValue()[1];
      } else if (values.size() < MAX_VALUES) {
        values.put(e.getKey(), e.getValue());
      } else {
        capped = true;
        otherRows += e.getValue()[0];
      }
    }
    otherRows += later.otherRows;
    capped |= later.capped;
    for (String m : later.months) {
      if (months.size() < 3 && !months.contains(m)) {
        months.add(m);
      }
    }
    repeats |= later.repeats;
    // The values may have grown: a text remembered as left out of them is asked again.
    if (known != null) {
      known = new SeenCells();
    }
    if (later.trackDropped) {
      trackDropped = true;
      seen = null;
    } else if (later.seen != null) {
      if (seen == null && !trackDropped && !trackAlways) {
        // This stretch had no cus_ value first; the column is tracked from the later one on.
        seen = new HashSet<>();
      }
      if (seen != null && !repeats) {
        for (String v : later.seen) {
          if (!seen.add(v)) {
            repeats = true;
            break;
          }
        }
      }
    }
    lastCell = null;
    lastCount = null;
  }

  public long empty() {
    return empty;
  }

  public long nonEmpty() {
    return nonEmpty;
  }

  public long wholes() {
    return wholes;
  }

  /** Whole numbers above 1. */
  public long aboveOne() {
    return aboveOne;
  }

  /** Plain decimals: digits with at most one point. */
  public long numbers() {
    return numbers;
  }

  /** Plain decimals other than 1. */
  public long notOne() {
    return notOne;
  }

  public long dates() {
    return dates;
  }

  public long cusIds() {
    return cusIds;
  }

  public long subIds() {
    return subIds;
  }

  /** Cells with no letters and no spaces. */
  public long idLike() {
    return idLike;
  }

  /**
   * Distinct months among the dates, at most 3 (all the ledger rule asks); a date of two parts
   * before the year counts by whichever part spans fewer months, never a day taken for a month.
   */
  public int distinctMonths() {
    if (months.isEmpty() || months.get(0).indexOf('|') < 0) {
      return months.size();
    }
    Set<String> first = new HashSet<>();
    Set<String> second = new HashSet<>();
    for (String m : months) {
      String[] p = m.split("\\|");
      if (p.length < 3) {
        // An ISO month in a column that began with 12/1/2024: it reads one way only.
        first.add(m);
        second.add(m);
        continue;
      }
      first.add(p[0] + "/" + p[2]);
      second.add(p[1] + "/" + p[2]);
    }
    return Math.min(first.size(), second.size());
  }

  /** True when some value appears on two rows; false when unknown (not tracked, or too many). */
  public boolean repeats() {
    return repeats;
  }

  /** True while values are remembered, so {@link #distinct} is exact. */
  public boolean tracked() {
    return seen != null;
  }

  /** Distinct values, when {@link #tracked} and no value repeats … or the remembered count. */
  public long distinct() {
    return seen == null ? -1 : seen.size();
  }

  /** The distinct values counted one by one, in order of first appearance, with their rows. */
  public Map<String, Long> values() {
    Map<String, Long> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  /** True once more distinct values came than are counted one by one. */
  public boolean capped() {
    return capped;
  }

  /** The values as the report lists them: most rows first, ties by value. */
  public ValueCounts counts() {
    List<Map.Entry<String, long[]>> all = new ArrayList<>(values.entrySet());
    all.sort(
        Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
    List<ValueCounts.Value> top = new ArrayList<>();
    long others = otherRows;
    long otherValues = 0;
    for (int i = 0; i < all.size(); i++) {
      if (i < ValueCounts.SHOWN) {
        top.add(new ValueCounts.Value(all.get(i).getKey(), all.get(i).getValue()[0]));
      } else {
        others += all.get(i).getValue()[0];
        otherValues++;
      }
    }
    if (capped) {
      otherValues++;
    }
    return new ValueCounts(top, otherValues, others, capped);
  }
}

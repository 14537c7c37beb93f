package dev.segment.rows;

import dev.segment.model.ValueCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the rows holding each distinct value of one column, for the report's hints. Values are
 * kept in order of first appearance, so tallies of consecutive stretches {@link #absorb absorbed}
 * in input order count what one pass counts; past {@link #MAX_VALUES} distinct values new ones are
 * counted together (a status column has a handful; a column of dates is no status).
 */
public final class ValueTally {
  public static final int MAX_VALUES = 10_000;

  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private long overflowRows;
  private boolean capped;
  // Exports repeat a value row after row: the same cell text finds its counter without hashing.
  private String lastCell;
  private long[] lastCount;

  public void add(String cell) {
    if (lastCount != null && cell.equals(lastCell)) {
      lastCount[0]++;
      return;
    }
    String value = cell.strip();
    long[] count = counts.get(value);
    if (count == null) {
      if (counts.size() >= MAX_VALUES) {
        capped = true;
        overflowRows++;
        lastCount = null;
        return;
      }
      count = new long[1];
      counts.put(value, count);
    }
    count[0]++;
    lastCell = cell;
    lastCount = count;
  }

  /** True once more distinct values came than are counted one by one. */
  public boolean capped() {
    return capped;
  }

  /** Adds the counts of the stretch that follows this one; {@code later} is not used again. */
  public void absorb(ValueTally later) {
    for (Map.Entry<String, long[]> e : later.counts.entrySet()) {
      long[] count = counts.get(e.getKey());
      if (count != null) {
        count[0] += e.getValue()[0];
      } else if (counts.size() < MAX_VALUES) {
        counts.put(e.getKey(), e.getValue());
      } else {
        capped = true;
        overflowRows += e.getValue()[0];
      }
    }
    overflowRows += later.overflowRows;
    capped |= later.capped;
    lastCount = null;
  }

  public ValueCounts result() {
    List<Map.Entry<String, long[]>> all = sorted();
    List<ValueCounts.Value> top = new ArrayList<>();
    long otherRows = overflowRows;
    for (int i = 0; i < all.size(); i++) {
      if (i < ValueCounts.SHOWN) {
        top.add(new ValueCounts.Value(all.get(i).getKey(), all.get(i).getValue()[0]));
      } else {
        otherRows += all.get(i).getValue()[0];
      }
    }
    long otherValues = Math.max(0, all.size() - ValueCounts.SHOWN) + (capped ? 1 : 0);
    return new ValueCounts(top, otherValues, otherRows, capped);
  }

  /** Every distinct value counted one by one, the most frequent first (ties by value). */
  public List<String> values() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : sorted()) {
      out.add(e.getKey());
    }
    return out;
  }

  private List<Map.Entry<String, long[]>> sorted() {
    List<Map.Entry<String, long[]>> all = new ArrayList<>(counts.entrySet());
    all.sort(
        (a, b) -> {
          int byRows = Long.compare(b.getValue()[0], a.getValue()[0]);
          return byRows != 0 ? byRows : a.getKey().compareTo(b.getKey());
        });
    return all;
  }
}

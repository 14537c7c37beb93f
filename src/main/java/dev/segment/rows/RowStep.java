package dev.segment.rows;

import dev.segment.model.FilterCount;
import java.util.List;

/**
 * One step of the per-row work: it reads its cells of the row, notes what the later steps need in
 * the {@link Row}, counts what it filters or skips, and says whether the row goes on. One instance
 * per tally (a part of a parted read has its own), so its counts need no locking.
 */
public abstract class RowStep {

  /** Reads this step's part of {@code row}; false when the row goes no further (counted here). */
  public abstract boolean take(Row row);

  /**
   * Adds the counts of the same step of the stretch that follows this one, whose line numbers start
   * {@code lineOffset} lines later; {@code later} is the same class and is not used again.
   */
  public void absorb(RowStep later, long lineOffset) {}

  /** The rows this step counted as used (the sum step, and rows with no rate). */
  public long used() {
    return 0;
  }

  /** The rows this step filtered out, all its reasons together. */
  public long filtered() {
    return 0;
  }

  /** Adds the report's lines for the rows this step filtered, if it filters any. */
  public void filterCounts(List<FilterCount> out) {}
}

package dev.segment.rows;

import dev.segment.model.FilterCount;
import java.util.BitSet;
import java.util.List;

/**
 * {@code --latest KEY,ORDER}: a row that is not its key's newest version is filtered, before {@code
 * --where} (an expired newest version stays out). Which rows are older is known from the first
 * pass, by their ordinal after the header.
 */
public final class OlderVersions extends RowStep {
  private final BitSet older;
  private final String expression;
  private long filtered;

  /**
   * @param older the ordinals of the older versions
   * @param expression the option as the report names it ({@code --latest KEY,ORDER})
   */
  public OlderVersions(BitSet older, String expression) {
    this.older = older;
    this.expression = expression;
  }

  @Override
  public boolean take(Row row) {
    if (row.ordinal <= Integer.MAX_VALUE && older.get((int) row.ordinal)) {
      filtered++;
      return false;
    }
    return true;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    filtered += ((OlderVersions) later).filtered;
  }

  @Override
  public long filtered() {
    return filtered;
  }

  @Override
  public void filterCounts(List<FilterCount> out) {
    out.add(new FilterCount(expression, filtered, FilterCount.Reason.OLDER_VERSION));
  }
}

package dev.segment.hints;

/**
 * The used amounts as the cents rule asks about them: how many, how many whole numbers, how many of
 * 1,000 or more. Counted only when the rule can apply ({@link CellHints#centsColumn}).
 */
public final class AmountCells {
  private long rows;
  private long whole;
  private long thousands;

  /** Counts one used amount. */
  public void add(boolean wholeNumber, boolean atLeastThousand) {
    rows++;
    if (wholeNumber) {
      whole++;
    }
    if (atLeastThousand) {
      thousands++;
    }
  }

  public void absorb(AmountCells later) {
    rows += later.rows;
    whole += later.whole;
    thousands += later.thousands;
  }

  public long rows() {
    return rows;
  }

  public boolean allWhole() {
    return whole == rows;
  }

  /**
   * True when the median is 1,000 or more; of an even count the lower of the middle two is taken,
   * so a file split evenly around 1,000 is not called cents.
   */
  public boolean medianAtLeastThousand() {
    return rows > 0 && rows - thousands <= (rows - 1) / 2;
  }
}

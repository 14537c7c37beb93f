package dev.segment.chart;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The label of one tier on the chart: a heading (the tier's label, verbatim), detail lines, and
 * where the tier's band lies.
 *
 * @param tier the tier's 0-based position, which picks its colours
 * @param brief the one detail line a small chart has room for (its share of MRR)
 * @param from where the band starts, in % of customers
 * @param to where it ends, in % of customers (equal to {@code from} for an empty tier)
 * @param cumulativePct the cumulative % of MRR at the tier's end, marked with a dot on the curve;
 *     NaN for no dot (the last tier, an empty one)
 */
record TierLabel(
    int tier,
    String title,
    List<String> details,
    String brief,
    double from,
    double to,
    double cumulativePct)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  TierLabel {
    details = List.copyOf(details);
  }

  /** The heading and the detail lines, in order. */
  List<String> lines() {
    List<String> all = new ArrayList<>(details.size() + 1);
    all.add(title);
    all.addAll(details);
    return List.copyOf(all);
  }
}

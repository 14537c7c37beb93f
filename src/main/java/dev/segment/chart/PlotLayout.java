package dev.segment.chart;

/**
 * Where the chart builder puts each part of the plot, for the tier labels drawn over it: the
 * dataset, renderer and axis indices, and the reference line label's inset.
 */
final class PlotLayout {
  /** Dataset, renderer and range axis index of the bars (left, currency axis). */
  static final int BARS = 0;

  /** Dataset, renderer and range axis index of the cumulative line (right, percentage axis). */
  static final int CUMULATIVE = 1;

  /** Space around the reference line's label, which the tier labels keep clear of. */
  static final double REFERENCE_LABEL_INSET = 6;

  private PlotLayout() {}
}

package dev.segment.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places label boxes inside a plot area: each as near the top and as near its wanted centre as it
 * can be without covering another box or what the plot draws there.
 *
 * <p>Horizontally the boxes keep their left-to-right order and are pushed apart just enough not to
 * overlap (a narrow tier's label may spill over its neighbour's band). Vertically each box takes
 * the highest free slot: what blocks a slot is asked of {@link Obstacles} for the box's x range
 * (the curve, the bars, a reference line) and includes the boxes placed before it.
 */
final class LabelLayout {
  private LabelLayout() {}

  /** A box to place: the x it would be centred on, and its size, in Java2D units. */
  record Wanted(double center, double width, double height) {}

  /** What a box must not cover. */
  interface Obstacles {
    /** Adds to {@code into} each vertical interval {top, bottom} taken between x0 and x1. */
    void blocked(double x0, double x1, List<double[]> into);
  }

  /**
   * @param margin space kept between a box and the area's edges, and around obstacles
   * @param gap space kept between two boxes
   * @return one rectangle per wanted box, in the same order
   */
  static List<Rectangle2D> place(
      Rectangle2D area, double margin, double gap, List<Wanted> wanted, Obstacles obstacles) {
    int n = wanted.size();
    double left = area.getMinX() + margin;
    double right = area.getMaxX() - margin;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      Wanted w = wanted.get(i);
      x[i] = Math.max(left, Math.min(right - w.width(), w.center() - w.width() / 2));
    }
    for (int i = 1; i < n; i++) {
      x[i] = Math.max(x[i], x[i - 1] + wanted.get(i - 1).width() + gap);
    }
    for (int i = n - 1; i >= 0; i--) {
      double limit = i == n - 1 ? right : x[i + 1] - gap;
      x[i] = Math.max(left, Math.min(x[i], limit - wanted.get(i).width()));
    }

    double top = area.getMinY() + margin;
    double bottom = area.getMaxY() - margin;
    List<Rectangle2D> placed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Wanted w = wanted.get(i);
      double x0 = x[i];
      double x1 = x0 + w.width();
      List<double[]> boxes = new ArrayList<>();
      for (Rectangle2D p : placed) {
        if (p.getMinX() - gap < x1 && x0 < p.getMaxX() + gap) {
          boxes.add(new double[] {p.getMinY() - gap, p.getMaxY() + gap});
        }
      }
      List<double[]> all = new ArrayList<>(boxes);
      obstacles.blocked(x0, x1, all);
      for (int k = boxes.size(); k < all.size(); k++) {
        double[] b = all.get(k);
        all.set(k, new double[] {b[0] - margin, b[1] + margin});
      }
      double y = firstFree(top, bottom, w.height(), all);
      if (Double.isNaN(y)) {
        // Too crowded to avoid the data too: cover the data, never another label.
        y = firstFree(top, bottom, w.height(), boxes);
      }
      if (Double.isNaN(y)) {
        y = top;
      }
      placed.add(new Rectangle2D.Double(x0, y, w.width(), w.height()));
    }
    return placed;
  }

  /** The smallest y in [top, bottom − height] where [y, y + height] meets no interval, or NaN. */
  static double firstFree(double top, double bottom, double height, List<double[]> intervals) {
    List<double[]> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparingDouble(b -> b[0]));
    double y = top;
    for (double[] b : sorted) {
      if (b[0] < y + height && b[1] > y) {
        y = b[1];
      }
    }
    return y + height <= bottom ? y : Double.NaN;
  }
}

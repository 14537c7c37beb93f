package dev.segment.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Places label boxes inside a plot area: each as near the top and as near its wanted centre as it
 * can be without covering another box, a marker, or what the plot draws there.
 *
 * <p>Horizontally the boxes keep their left-to-right order and are pushed apart just enough not to
 * overlap (a narrow tier's label may spill over its neighbour's band); when they are too wide for
 * one row, the later ones stack below the earlier ones. Vertically each box takes the highest free
 * slot. What blocks a slot: the boxes placed before it and the hard obstacles (the markers' boxes),
 * which a box never covers, and the data (the curve, the bars, a reference line), asked of {@link
 * Obstacles} for the box's x range, which a box covers only when there is no other room (never, if
 * the caller says so). A box with no room at all is left out ({@code null}), never drawn over
 * another.
 */
final class LabelLayout {
  private LabelLayout() {}

  /** A box to place: the x it would be centred on, and its size, in Java2D units. */
  record Wanted(double center, double width, double height) {}

  /** What a box should not cover, if it can help it. */
  interface Obstacles {
    /** Adds to {@code into} each vertical interval {top, bottom} taken between x0 and x1. */
    void blocked(double x0, double x1, List<double[]> into);
  }

  /**
   * Where the boxes went.
   *
   * @param boxes one per wanted box, in order; {@code null} for a box that found no room
   * @param clearOfData whether every placed box is clear of the data as well
   */
  record Placement(List<Rectangle2D> boxes, boolean clearOfData) {
    Placement {
      boxes = Collections.unmodifiableList(new ArrayList<>(boxes));
    }

    /** Every box found room. */
    boolean complete() {
      return !boxes.contains(null);
    }
  }

  /** {@link #place(Rectangle2D, double, double, List, Obstacles, List)} with no hard obstacles. */
  static List<Rectangle2D> place(
      Rectangle2D area, double margin, double gap, List<Wanted> wanted, Obstacles obstacles) {
    return place(area, margin, gap, wanted, obstacles, List.of()).boxes();
  }

  /**
   * {@link #place(Rectangle2D, double, double, List, Obstacles, List, boolean)} where a box with no
   * room clear of the data covers the data.
   */
  static Placement place(
      Rectangle2D area,
      double margin,
      double gap,
      List<Wanted> wanted,
      Obstacles obstacles,
      List<Rectangle2D> hard) {
    return place(area, margin, gap, wanted, obstacles, hard, true);
  }

  /**
   * @param margin space kept between a box and the area's edges, and around the data
   * @param gap space kept between two boxes, and between a box and a hard obstacle
   * @param hard rectangles no box may cover (the markers' boxes)
   * @param mayCoverData whether a box with no room clear of the data may cover it; if not, it is
   *     left out ({@code null})
   */
  static Placement place(
      Rectangle2D area,
      double margin,
      double gap,
      List<Wanted> wanted,
      Obstacles obstacles,
      List<Rectangle2D> hard,
      boolean mayCoverData) {
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
    boolean clear = true;
    for (int i = 0; i < n; i++) {
      Wanted w = wanted.get(i);
      double x0 = x[i];
      double x1 = x0 + w.width();
      if (x1 > right + 1e-9) {
        // Wider than the area: no room anywhere.
        placed.add(null);
        continue;
      }
      List<double[]> fixed = new ArrayList<>();
      for (Rectangle2D p : placed) {
        if (p != null && p.getMinX() - gap < x1 && x0 < p.getMaxX() + gap) {
          fixed.add(new double[] {p.getMinY() - gap, p.getMaxY() + gap});
        }
      }
      for (Rectangle2D h : hard) {
        if (h.getMinX() - gap < x1 && x0 < h.getMaxX() + gap) {
          fixed.add(new double[] {h.getMinY() - gap, h.getMaxY() + gap});
        }
      }
      List<double[]> all = new ArrayList<>(fixed);
      List<double[]> data = new ArrayList<>();
      obstacles.blocked(x0, x1, data);
      for (double[] b : data) {
        all.add(new double[] {b[0] - margin, b[1] + margin});
      }
      double y = firstFree(top, bottom, w.height(), all);
      if (Double.isNaN(y) && mayCoverData) {
        // Too crowded to avoid the data too: cover the data, never another box or a marker.
        clear = false;
        y = firstFree(top, bottom, w.height(), fixed);
      }
      placed.add(Double.isNaN(y) ? null : new Rectangle2D.Double(x0, y, w.width(), w.height()));
    }
    return new Placement(placed, clear);
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

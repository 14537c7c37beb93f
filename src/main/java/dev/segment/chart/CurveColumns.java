package dev.segment.chart;

import dev.segment.model.ParetoCurve;

/**
 * The curve cut into at most a fixed number of columns, in the chart's units: x in % of customers,
 * bar heights in currency units, the cumulative line in % of total MRR.
 *
 * <p>A column holds a run of consecutive ranks. Its bar is as tall as its tallest customer, which,
 * the curve being sorted, is its first. The line has a point at x = 0 and one at each column's end,
 * each exactly S_i / T at that rank; between them the line is straight, which at one column a pixel
 * or finer cannot be told from the full curve. So a million customers cost as much to draw as a few
 * thousand. With fewer customers than columns, each customer is a column.
 */
final class CurveColumns {
  private final double[] start;
  private final double[] end;
  private final double[] height;
  private final double[] lineX;
  private final double[] lineY;

  private CurveColumns(
      double[] start, double[] end, double[] height, double[] lineX, double[] lineY) {
    this.start = start;
    this.end = end;
    this.height = height;
    this.lineX = lineX;
    this.lineY = lineY;
  }

  static CurveColumns of(ParetoCurve curve, int maxColumns) {
    if (maxColumns < 1) {
      throw new IllegalArgumentException("maxColumns must be >= 1, got " + maxColumns);
    }
    int n = curve.size();
    int columns = Math.min(n, maxColumns);
    double unit = Math.pow(10, curve.scale());
    boolean wide = curve.wide();
    boolean anyMrr = curve.wideTotal().signum() != 0;
    double[] start = new double[columns];
    double[] end = new double[columns];
    double[] height = new double[columns];
    // An all-zero curve has no cumulative share to draw.
    int points = anyMrr ? columns + 1 : 0;
    double[] lineX = new double[points];
    double[] lineY = new double[points];
    int from = 0;
    for (int c = 0; c < columns; c++) {
      int to = (int) ((long) (c + 1) * n / columns);
      start[c] = percentOf(from, n);
      end[c] = percentOf(to, n);
      height[c] = wide ? curve.mrr(from).doubleValue() : curve.unscaledMrr(from) / unit;
      if (points > 0) {
        lineX[c + 1] = end[c];
        lineY[c + 1] = 100.0 * curve.cumulativeFraction(to - 1);
      }
      from = to;
    }
    return new CurveColumns(start, end, height, lineX, lineY);
  }

  static double percentOf(int ranks, int n) {
    return 100.0 * ranks / n;
  }

  int columns() {
    return height.length;
  }

  /** Where column c starts, in % of customers. */
  double start(int c) {
    return start[c];
  }

  double end(int c) {
    return end[c];
  }

  /** The MRR of the column's first (tallest) customer, in currency units. */
  double height(int c) {
    return height[c];
  }

  /** The tallest bar; 0 for an empty curve. */
  double maxHeight() {
    return height.length == 0 ? 0 : height[0];
  }

  /** The shortest bar above zero (a column's tallest customer); 0 when no bar is above zero. */
  double minPositiveHeight() {
    for (int c = height.length - 1; c >= 0; c--) {
      if (height[c] > 0) {
        return height[c];
      }
    }
    return 0;
  }

  /** Points of the cumulative line: (0, 0) then one per column end; none when T is 0. */
  int linePoints() {
    return lineX.length;
  }

  double lineX(int p) {
    return lineX[p];
  }

  double lineY(int p) {
    return lineY[p];
  }

  /** Bars as JFreeChart's interval data: x, x start, x end, y, y start, y end. */
  double[][] barSeries() {
    int n = height.length;
    double[] mid = new double[n];
    double[] zero = new double[n];
    for (int c = 0; c < n; c++) {
      mid[c] = (start[c] + end[c]) / 2;
    }
    return new double[][] {mid, start.clone(), end.clone(), height.clone(), zero, height.clone()};
  }

  /** The cumulative line as JFreeChart's x/y data. */
  double[][] lineSeries() {
    return new double[][] {lineX.clone(), lineY.clone()};
  }
}

package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.segment.model.ParetoCurve;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CurveColumnsTest {
  private static final double EPS = 1e-9;

  @Test
  void fewerCustomersThanColumnsGivesOneColumnEach() {
    ParetoCurve curve = SampleReports.curve(new long[] {50000, 30000, 20000}, 2);

    CurveColumns c = CurveColumns.of(curve, 10);

    assertThat(c.columns()).isEqualTo(3);
    assertThat(new double[] {c.start(0), c.start(1), c.start(2)})
        .containsExactly(new double[] {0, 100.0 / 3, 200.0 / 3}, within(EPS));
    assertThat(c.end(2)).isEqualTo(100);
    assertThat(new double[] {c.height(0), c.height(1), c.height(2)})
        .containsExactly(new double[] {500, 300, 200}, within(EPS));
    assertThat(c.linePoints()).isEqualTo(4);
    assertThat(new double[] {c.lineY(0), c.lineY(1), c.lineY(2), c.lineY(3)})
        .containsExactly(new double[] {0, 50, 80, 100}, within(EPS));
    assertThat(c.lineX(0)).isZero();
    assertThat(c.lineX(1)).isCloseTo(100.0 / 3, within(EPS));
  }

  @Test
  void manyCustomersAreBucketedTallestFirstAndTheLineIsExactAtBucketEnds() {
    // 10 customers in 4 columns: ranks [0,2) [2,5) [5,7) [7,10).
    long[] mrr = {900, 800, 700, 600, 500, 400, 300, 200, 100, 0};
    ParetoCurve curve = SampleReports.curve(mrr, 0);

    CurveColumns c = CurveColumns.of(curve, 4);

    assertThat(c.columns()).isEqualTo(4);
    assertThat(new double[] {c.height(0), c.height(1), c.height(2), c.height(3)})
        .containsExactly(new double[] {900, 700, 400, 200}, within(EPS));
    assertThat(new double[] {c.start(1), c.start(2), c.start(3), c.end(3)})
        .containsExactly(new double[] {20, 50, 70, 100}, within(EPS));
    // Total 4500; S after 2, 5, 7 and 10 customers: 1700, 3500, 4200, 4500.
    assertThat(c.linePoints()).isEqualTo(5);
    assertThat(new double[] {c.lineY(1), c.lineY(2), c.lineY(3), c.lineY(4)})
        .containsExactly(new double[] {1700 / 45.0, 3500 / 45.0, 4200 / 45.0, 100}, within(EPS));
  }

  @Test
  void oneCustomerIsOneFullWidthColumn() {
    CurveColumns c = CurveColumns.of(SampleReports.curve(new long[] {12345}, 2), 3000);

    assertThat(c.columns()).isEqualTo(1);
    assertThat(c.start(0)).isZero();
    assertThat(c.end(0)).isEqualTo(100);
    assertThat(c.height(0)).isCloseTo(123.45, within(EPS));
    assertThat(c.lineSeries()[1]).containsExactly(0, 100);
  }

  @Test
  void emptyCurveHasNothingToDraw() {
    CurveColumns c = CurveColumns.of(SampleReports.curve(new long[0], 0), 3000);

    assertThat(c.columns()).isZero();
    assertThat(c.linePoints()).isZero();
    assertThat(c.maxHeight()).isZero();
    assertThat(c.barSeries()).hasDimensions(6, 0);
  }

  @Test
  void allZeroCurveHasBarsButNoLine() {
    CurveColumns c = CurveColumns.of(SampleReports.curve(new long[] {0, 0, 0}, 2), 3000);

    assertThat(c.columns()).isEqualTo(3);
    assertThat(c.maxHeight()).isZero();
    assertThat(c.linePoints()).isZero();
  }

  @Property(tries = 200)
  void columnsCoverTheCurveAndEachShowsItsTallestCustomer(
      @ForAll @Size(min = 1, max = 300)
          java.util.List<@LongRange(min = 0, max = 1_000_000) Long> raw,
      @ForAll @IntRange(min = 1, max = 50) int maxColumns) {
    long[] mrr = SampleReports.descending(raw.stream().mapToLong(Long::longValue).toArray());
    ParetoCurve curve = SampleReports.curve(mrr, 2);
    int n = mrr.length;

    CurveColumns c = CurveColumns.of(curve, maxColumns);

    assertThat(c.columns()).isEqualTo(Math.min(n, maxColumns));
    assertThat(c.start(0)).isZero();
    assertThat(c.end(c.columns() - 1)).isEqualTo(100);
    for (int k = 0; k < c.columns(); k++) {
      assertThat(c.end(k)).isGreaterThan(c.start(k));
      if (k > 0) {
        assertThat(c.start(k)).isEqualTo(c.end(k - 1));
      }
      int from = (int) Math.round(c.start(k) * n / 100);
      int to = (int) Math.round(c.end(k) * n / 100);
      for (int r = from; r < to; r++) {
        assertThat(c.height(k)).isGreaterThanOrEqualTo(mrr[r] / 100.0);
      }
      assertThat(c.height(k)).isEqualTo(mrr[from] / 100.0);
      if (curve.unscaledTotal() > 0) {
        double exact = 100.0 * curve.unscaledCumulative(to - 1) / curve.unscaledTotal();
        assertThat(c.lineX(k + 1)).isEqualTo(c.end(k));
        assertThat(c.lineY(k + 1)).isCloseTo(exact, within(1e-9));
      }
    }
  }
}

package dev.segment.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {
  private static final Rectangle2D AREA = new Rectangle2D.Double(100, 50, 1000, 600);
  private static final LabelLayout.Obstacles NONE = (x0, x1, into) -> {};

  @Test
  void boxesThatFitStayCentredAtTheTop() {
    List<Rectangle2D> boxes =
        LabelLayout.place(
            AREA,
            8,
            10,
            List.of(new LabelLayout.Wanted(300, 100, 60), new LabelLayout.Wanted(700, 100, 60)),
            NONE);

    assertThat(boxes.get(0).getX()).isEqualTo(250);
    assertThat(boxes.get(1).getX()).isEqualTo(650);
    assertThat(boxes).allSatisfy(b -> assertThat(b.getY()).isEqualTo(58));
  }

  @Test
  void crowdedBoxesArePushedApartInOrderAndKeptInside() {
    List<Rectangle2D> boxes =
        LabelLayout.place(
            AREA,
            8,
            10,
            List.of(
                new LabelLayout.Wanted(110, 150, 60),
                new LabelLayout.Wanted(150, 150, 60),
                new LabelLayout.Wanted(1090, 150, 60)),
            NONE);

    assertThat(boxes.get(0).getX()).isEqualTo(108);
    assertThat(boxes.get(1).getX()).isEqualTo(268);
    assertThat(boxes.get(2).getMaxX()).isEqualTo(1092);
    assertThat(boxes).allSatisfy(b -> assertThat(b.getY()).isEqualTo(58));
  }

  @Test
  void aBoxMovesBelowWhatBlocksTheTop() {
    // A curve crossing the top of the right half, from y 60 to 300.
    LabelLayout.Obstacles curve =
        (x0, x1, into) -> {
          if (x1 > 600) {
            into.add(new double[] {60, 300});
          }
        };

    List<Rectangle2D> boxes =
        LabelLayout.place(
            AREA,
            8,
            10,
            List.of(new LabelLayout.Wanted(300, 100, 60), new LabelLayout.Wanted(800, 100, 60)),
            curve);

    assertThat(boxes.get(0).getY()).isEqualTo(58);
    assertThat(boxes.get(1).getY()).isEqualTo(308);
  }

  @Test
  void withNoFreeSlotABoxCoversTheDataButNotAnotherBox() {
    LabelLayout.Obstacles everywhere = (x0, x1, into) -> into.add(new double[] {0, 1000});

    List<Rectangle2D> boxes =
        LabelLayout.place(
            AREA,
            8,
            10,
            List.of(new LabelLayout.Wanted(600, 980, 60), new LabelLayout.Wanted(600, 980, 60)),
            everywhere);

    assertThat(boxes.get(0).getY()).isEqualTo(58);
    assertThat(boxes.get(1).getY()).isEqualTo(128);
  }

  @Test
  void whenTheDataIsOffLimitsABoxWithNoClearSlotIsLeftOut() {
    // Data everywhere but a band at the top of the left half: the first box fits there, the
    // second (over the right half) has no clear slot and is dropped, not laid over the data.
    LabelLayout.Obstacles data =
        (x0, x1, into) -> into.add(new double[] {x1 <= 500 ? 150 : 0, 1000});

    LabelLayout.Placement placed =
        LabelLayout.place(
            AREA,
            8,
            10,
            List.of(new LabelLayout.Wanted(250, 200, 60), new LabelLayout.Wanted(750, 200, 60)),
            data,
            List.of(),
            false);

    assertThat(placed.boxes().get(0)).isNotNull();
    assertThat(placed.boxes().get(1)).isNull();
    assertThat(placed.clearOfData()).isTrue();
    // The whole base's layout covers the data instead.
    assertThat(
            LabelLayout.place(
                    AREA,
                    8,
                    10,
                    List.of(
                        new LabelLayout.Wanted(250, 200, 60), new LabelLayout.Wanted(750, 200, 60)),
                    data,
                    List.of())
                .boxes())
        .doesNotContainNull();
  }

  @Test
  void aMarkerIsNeverCoveredEvenWhenTheDataIs() {
    LabelLayout.Obstacles everywhere = (x0, x1, into) -> into.add(new double[] {0, 1000});
    Rectangle2D marker = new Rectangle2D.Double(550, 50, 40, 100);

    LabelLayout.Placement placement =
        LabelLayout.place(
            AREA,
            8,
            10,
            List.of(new LabelLayout.Wanted(600, 100, 60)),
            everywhere,
            List.of(marker));

    assertThat(placement.clearOfData()).isFalse();
    assertThat(placement.boxes().get(0).getY()).isEqualTo(160);
  }

  @Test
  void aBoxWithNoRoomIsLeftOutRatherThanDrawnOverAnother() {
    LabelLayout.Placement tooWide =
        LabelLayout.place(
            AREA, 8, 10, List.of(new LabelLayout.Wanted(600, 1200, 60)), NONE, List.of());
    LabelLayout.Placement tooMany =
        LabelLayout.place(
            AREA,
            8,
            10,
            List.of(
                new LabelLayout.Wanted(600, 900, 280),
                new LabelLayout.Wanted(600, 900, 280),
                new LabelLayout.Wanted(600, 900, 280)),
            NONE,
            List.of());

    assertThat(tooWide.complete()).isFalse();
    assertThat(tooMany.boxes().get(0)).isNotNull();
    assertThat(tooMany.boxes().get(1)).isNotNull();
    assertThat(tooMany.boxes().get(2)).isNull();
  }

  @Test
  void firstFreeSkipsOverlappingIntervals() {
    List<double[]> blocked =
        List.of(
            new double[] {40, 70},
            new double[] {0, 20},
            new double[] {65, 90},
            new double[] {150, 160});

    assertThat(LabelLayout.firstFree(0, 200, 50, blocked)).isEqualTo(90);
    assertThat(LabelLayout.firstFree(0, 200, 70, blocked)).isNaN();
    assertThat(LabelLayout.firstFree(0, 200, 15, blocked)).isCloseTo(20, within(0.0));
  }

  @Property(tries = 300)
  void boxesNeverOverlapAndStayInside(
      @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 1) Double> centres,
      @ForAll @DoubleRange(min = 20, max = 120) double width,
      @ForAll @DoubleRange(min = 0, max = 1) double obstacleTop) {
    List<Double> sorted = new ArrayList<>(centres);
    sorted.sort(null);
    List<LabelLayout.Wanted> wanted = new ArrayList<>();
    for (double c : sorted) {
      wanted.add(new LabelLayout.Wanted(AREA.getMinX() + c * AREA.getWidth(), width, 50));
    }
    double top = AREA.getMinY() + obstacleTop * AREA.getHeight();
    LabelLayout.Obstacles band = (x0, x1, into) -> into.add(new double[] {top, top + 40});

    List<Rectangle2D> boxes = LabelLayout.place(AREA, 8, 10, wanted, band);

    for (int i = 0; i < boxes.size(); i++) {
      Rectangle2D b = boxes.get(i);
      assertThat(b.getMinX()).isGreaterThanOrEqualTo(AREA.getMinX());
      assertThat(b.getMaxX()).isLessThanOrEqualTo(AREA.getMaxX());
      assertThat(b.getMaxY()).isLessThanOrEqualTo(AREA.getMaxY());
      assertThat(b.getMaxY() <= top || b.getMinY() >= top + 40).as("clear of the band").isTrue();
      for (int j = 0; j < i; j++) {
        assertThat(b.intersects(boxes.get(j))).as("boxes %d and %d", j, i).isFalse();
      }
    }
  }
}

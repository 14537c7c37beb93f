package dev.segment.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole calendar months, days and coverage of a service period, by hand. */
class ServicePeriodTest {
  private static int d(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @ParameterizedTest(name = "{0}..{1} is {2} months, END {3}")
  @CsvSource({
    // Stripe, ChartMogul: END is the next period's first day.
    "2024-12-01,2025-01-01,1,EXCLUSIVE",
    "2024-06-01,2025-06-01,12,EXCLUSIVE",
    "2024-01-15,2024-04-15,3,EXCLUSIVE",
    // A 31st-of-month start: the next months end on their last day.
    "2024-01-31,2024-02-29,1,EXCLUSIVE",
    "2023-01-31,2023-02-28,1,EXCLUSIVE",
    "2024-01-31,2024-03-31,2,EXCLUSIVE",
    "2024-03-31,2024-04-30,1,EXCLUSIVE",
    // Leap years: a year from the leap day ends on 28 February.
    "2024-02-29,2025-02-28,12,EXCLUSIVE",
    // END the period's last day.
    "2024-12-01,2024-12-31,1,INCLUSIVE",
    "2024-01-15,2025-01-14,12,INCLUSIVE",
    "2024-02-01,2024-02-29,1,INCLUSIVE",
    "2023-02-01,2023-02-28,1,INCLUSIVE",
  })
  void wholeMonthsEitherWay(String start, String end, long months, PeriodEnd shown) {
    assertThat(ServicePeriod.wholeMonths(d(start), d(end), null)).isEqualTo(months);
    assertThat(ServicePeriod.shown(d(start), d(end))).isEqualTo(shown);
    assertThat(ServicePeriod.wholeMonths(d(start), d(end), shown)).isEqualTo(months);
  }

  @Test
  void underAGivenConventionOnlyItsWholeMonthIsOne() {
    // SPEC: under exclusive, 12-13..01-12 is 30 days, not a month.
    int s = d("2024-12-13");
    int e = d("2025-01-12");
    assertThat(ServicePeriod.wholeMonths(s, e, PeriodEnd.EXCLUSIVE)).isZero();
    assertThat(ServicePeriod.days(s, e, PeriodEnd.EXCLUSIVE)).isEqualTo(30);
    assertThat(ServicePeriod.wholeMonths(s, e, PeriodEnd.INCLUSIVE)).isEqualTo(1);
    assertThat(ServicePeriod.days(s, e, PeriodEnd.INCLUSIVE)).isEqualTo(31);
  }

  @Test
  void otherPeriodsAreDaysAndCoverByTheirConvention() {
    int s = d("2024-12-10");
    int e = d("2024-12-25");
    assertThat(ServicePeriod.shown(s, e)).isNull();
    assertThat(ServicePeriod.days(s, e, PeriodEnd.EXCLUSIVE)).isEqualTo(15);
    assertThat(ServicePeriod.days(s, e, PeriodEnd.INCLUSIVE)).isEqualTo(16);
    assertThat(ServicePeriod.covers(s, e, PeriodEnd.EXCLUSIVE, e)).isFalse();
    assertThat(ServicePeriod.covers(s, e, PeriodEnd.INCLUSIVE, e)).isTrue();
    assertThat(ServicePeriod.covers(s, e, PeriodEnd.EXCLUSIVE, s)).isTrue();
    assertThat(ServicePeriod.covers(s, e, PeriodEnd.EXCLUSIVE, s - 1)).isFalse();
    assertThat(ServicePeriod.days(s, s, PeriodEnd.EXCLUSIVE)).isZero();
  }

  @Test
  void endConventionsFoundFromWholeMonthRows() {
    EndConventions ends = new EndConventions();
    ends.add(d("2024-12-01"), d("2025-01-01"), 2);
    ends.add(d("2024-12-10"), d("2024-12-25"), 3);
    assertThat(ends.found()).contains(PeriodEnd.EXCLUSIVE);
    assertThat(ends.undecided()).isFalse();
    ends.add(d("2024-12-01"), d("2024-12-31"), 4);
    assertThat(ends.found()).isEmpty();
    assertThat(ends.undecided()).isTrue();
    assertThat(ends.firstExclusive()).isEqualTo(2);
    assertThat(ends.firstInclusive()).isEqualTo(4);

    EndConventions odd = new EndConventions();
    odd.add(d("2024-12-10"), d("2024-12-25"), 2);
    assertThat(odd.undecided()).isTrue();
    EndConventions none = new EndConventions();
    assertThat(none.undecided()).isFalse();
  }

  @Test
  void theTrailingWindowStartsAfterTheSameDayMonthsBefore() {
    TrailingWindow w = new TrailingWindow(d("2024-12-31"), 12);
    assertThat(w.after()).isEqualTo(d("2023-12-31"));
    assertThat(w.holds(d("2023-12-31"))).isFalse();
    assertThat(w.holds(d("2024-01-01"))).isTrue();
    assertThat(w.holds(d("2024-12-31"))).isTrue();
    assertThat(w.holds(d("2025-01-01"))).isFalse();
    // Clamped: a month before 31 March is 29 February in a leap year.
    assertThat(new TrailingWindow(d("2024-03-31"), 1).after()).isEqualTo(d("2024-02-29"));
  }
}

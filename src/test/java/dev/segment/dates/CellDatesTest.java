package dev.segment.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in cells as SPEC lists them, each read without an exception. */
class CellDatesTest {

  @ParameterizedTest(name = "{0} ({1}) is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-12-01|ISO|2024-12-01",
        " 2024-12-01 |ISO|2024-12-01",
        "2024-2-9|ISO|2024-02-09",
        "2024-12-01T13:45:00Z|ISO|2024-12-01",
        "2024-12-01 13:45:00|ISO|2024-12-01",
        // The calendar date as written: the offset does not move it.
        "2024-12-01T23:45:00-08:00|ISO|2024-12-01",
        "2024-12-01T00:30:00+02:00|ISO|2024-12-01",
        "2024-12-01T13:45:00.123456Z|ISO|2024-12-01",
        "2024-12-01 13:45|ISO|2024-12-01",
        "2024-12-01 13:45:00 UTC|ISO|2024-12-01",
        // Unix seconds, 9 to 11 digits, in UTC: 1733011200 is 2024-12-01T00:00Z.
        "1733011200|ISO|2024-12-01",
        "1733097599|ISO|2024-12-01",
        "999999999|ISO|2001-09-09",
        // Leap days.
        "2024-02-29|ISO|2024-02-29",
        "2000-02-29|ISO|2000-02-29",
        // MDY and DMY, with / . or - between the parts; ISO still reads.
        "12/1/2024|MDY|2024-12-01",
        "12.01.2024|MDY|2024-12-01",
        "12-1-2024|MDY|2024-12-01",
        "1/12/2024|DMY|2024-12-01",
        "31.12.2024|DMY|2024-12-31",
        "2024-12-01|MDY|2024-12-01",
        "12/1/2024 13:45|MDY|2024-12-01",
        "2/29/2024|MDY|2024-02-29",
      })
  void readsTheCalendarDateAsWritten(String cell, DateFormat format, LocalDate expected) {
    assertThat(CellDates.epochDay(cell, format)).isEqualTo((int) expected.toEpochDay());
  }

  @ParameterizedTest(name = "\"{0}\" is no date")
  @ValueSource(
      strings = {
        "",
        "  ",
        "2024-13-01",
        "2024-02-30",
        "2023-02-29",
        "1900-02-29",
        "2024-12-01T",
        "2024-12-01X",
        "2024/12/01",
        "12/1/2024",
        "12345678",
        "123456789012",
        "yesterday",
        "2024-12-01T25:00:00Z",
        "2024-12-01T13:45:00+2",
        "-1733011200",
        "1733011200.5"
      })
  void anythingElseIsNoDateUnderIso(String cell) {
    assertThat(CellDates.epochDay(cell, DateFormat.ISO)).isEqualTo(CellDates.NOT_A_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13/1/2024", "12/32/2024", "2/30/2024", "12/1/202", "12//2024"})
  void aBadMdyDateIsNoDate(String cell) {
    assertThat(CellDates.epochDay(cell, DateFormat.MDY)).isEqualTo(CellDates.NOT_A_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12/1/24", "1.12.24", "12-01-24 10:00"})
  void aTwoDigitYearIsSaidApart(String cell) {
    assertThat(CellDates.epochDay(cell, DateFormat.MDY)).isEqualTo(CellDates.TWO_DIGIT_YEAR);
    assertThat(CellDates.isDate(CellDates.TWO_DIGIT_YEAR)).isFalse();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-12-01T13:45:00Z|2024-12-01T13:45:00Z",
        "2024-12-01T13:45:00+02:00|2024-12-01T11:45:00Z",
        "2024-12-01T13:45:00-0530|2024-12-01T19:15:00Z",
        "2024-12-01 13:45:00|2024-12-01T13:45:00Z",
        "2024-12-01|2024-12-01T00:00:00Z",
        "1733059500|2024-12-01T13:25:00Z"
      })
  void instantsApplyTheOffsetToTheSecond(String cell, String expected) {
    assertThat(CellDates.instant(cell, DateFormat.ISO))
        .isEqualTo(OffsetDateTime.parse(expected).toEpochSecond());
  }

  @ParameterizedTest
  @ValueSource(ints = {-700_000, -1, 0, 59, 365, 11_016, 19_723, 20_000, 2_932_896})
  void calendarArithmeticAgreesWithJavaTime(int day) {
    LocalDate d = LocalDate.ofEpochDay(day);
    assertThat(Calendar.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(day);
    for (int months : new int[] {-25, -12, -1, 1, 2, 11, 12, 13, 36}) {
      assertThat(Calendar.plusMonths(day, months))
          .isEqualTo((int) d.plusMonths(months).toEpochDay());
    }
  }
}

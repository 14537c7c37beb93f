package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.dates.DateFormat;
import dev.segment.dates.PeriodEnd;
import dev.segment.model.DataException;
import dev.segment.model.FilterCount;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked ledgers, one rule each, read through the whole reader. */
class LedgerReadTest {

  private static ReadResult read(String csv, String asOf, LedgerOptions.Builder ledger)
      throws IOException {
    return CustomerCsvReaderTest.read(
        csv, ReadOptions.builder().mrrColumn("amount").ledger(ledger.asOf(asOf).build()).build());
  }

  private static LedgerOptions.Builder periods() {
    return new LedgerOptions.Builder().periodColumns("start", "end");
  }

  @ParameterizedTest(name = "{0}..{1} on {2}: {3} -> {4}")
  @CsvSource({
    // An annual invoice: 2,988.00 ÷ 12 on every day of its year.
    "2024-06-01,2025-06-01,2024-06-01,2988.00,249.00",
    "2024-06-01,2025-06-01,2025-05-31,2988.00,249.00",
    // END inclusive: the period's last day.
    "2024-06-01,2025-05-31,2025-05-31,2988.00,249.00",
    "2024-12-01,2024-12-31,2024-12-31,99.00,99.00",
    // A 31st-of-month start: three months to the last day of April.
    "2024-01-31,2024-04-30,2024-03-15,300.00,100.00",
    // Leap years: February 2024 is one month either way; a year from the leap day.
    "2024-02-01,2024-03-01,2024-02-29,29.00,29.00",
    "2024-02-01,2024-02-29,2024-02-29,29.00,29.00",
    "2024-02-29,2025-02-28,2024-12-15,1200,100",
    // Unix seconds: 2024-12-01T00:00Z to 2025-01-01T00:00Z.
    "1733011200,1735689600,2024-12-15,49.00,49.00",
    // Open-ended: the amount is already monthly.
    "2024-01-01,,2024-12-15,75.50,75.50",
  })
  void aRowCoveringTheDateAddsItsMonthlyAmount(
      String start, String end, String asOf, String amount, String mrr) throws IOException {
    ReadResult r =
        read(
            "customer_id,amount,start,end\na,"
                + amount
                + ","
                + start
                + ","
                + (end == null ? "" : end)
                + "\n",
            asOf,
            periods());
    assertThat(r.customers().size()).isEqualTo(1);
    assertThat(r.customers().mrr(0).toPlainString()).isEqualTo(mrr);
  }

  @Test
  void aProrationAndItsCreditNote() throws IOException {
    String csv =
        "customer_id,amount,start,end\n"
            + "a,99.00,2024-12-01,2025-01-01\n"
            + "a,125.00,2024-12-10,2024-12-25\n"
            + "b,125.00,2024-12-10,2024-12-25\n"
            + "b,-125.00,2024-12-10,2024-12-25\n";
    ReadResult r = read(csv, "2024-12-15", periods());
    assertThat(CustomerCsvReaderTest.mrrs(r)).containsExactly("352.640625", "0.000000");
    // The day after the proration's exclusive END: only the monthly row.
    ReadResult later = read(csv, "2024-12-25", periods());
    assertThat(CustomerCsvReaderTest.mrrs(later)).containsExactly("99.00");
    assertThat(later.summary().filtered())
        .contains(new FilterCount("--period-columns start,end", 3, FilterCount.Reason.PERIOD));
  }

  @Test
  void theInclusiveConventionCountsTheLastDay() throws IOException {
    String csv =
        "customer_id,amount,start,end\n"
            + "a,99.00,2024-12-01,2024-12-31\n"
            + "b,125.00,2024-12-10,2024-12-24\n";
    ReadResult r = read(csv, "2024-12-24", periods());
    // 15 days inclusive: 125 × 30.436875 ÷ 15.
    assertThat(CustomerCsvReaderTest.mrrs(r)).containsExactly("99.000000", "253.640625");
  }

  @Test
  void mdyDatesAndBadDates() throws IOException {
    String csv =
        "customer_id,amount,start,end\n"
            + "a,99.00,12/1/2024,1/1/2025\n"
            + "b,10.00,12/1/2024,1/32/2025\n"
            + "c,10.00,,1/1/2025\n";
    ReadResult r = read(csv, "2024-12-15", periods().dateFormat(DateFormat.MDY));
    assertThat(CustomerCsvReaderTest.mrrs(r)).containsExactly("99.00");
    var date = r.summary().skipped().tallies().get(0);
    assertThat(date.count()).isEqualTo(2);
    assertThat(date.firstValue()).contains("1/32/2025");
  }

  @Test
  void zeroLengthAndReversedPeriodsAreSkipped() throws IOException {
    String csv =
        "customer_id,amount,start,end\n"
            + "a,99.00,2024-12-01,2025-01-01\n"
            + "b,500.00,2024-12-03,2024-12-03\n"
            + "c,10.00,2024-12-10,2024-12-01\n";
    ReadResult r = read(csv, "2024-12-15", periods());
    assertThat(r.summary().skipped().total()).isEqualTo(2);
    assertThat(r.summary().skipped().tallies().get(0).firstLines()).containsExactly(3L, 4L);
  }

  @Test
  void aTwoDigitYearIsADataError() {
    assertThatThrownBy(
            () ->
                read(
                    "customer_id,amount,start,end\na,1,12/1/24,1/1/25\n",
                    "2024-12-15",
                    periods().dateFormat(DateFormat.MDY).periodEnd(PeriodEnd.EXCLUSIVE)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("2-digit year");
  }

  @Test
  void trailingWindowRunRate() throws IOException {
    String csv =
        "customer_id,amount,date\n"
            + "a,1200.00,2024-01-01\n"
            + "a,1200.00,2023-12-31\n"
            + "a,600.00,2024-12-31\n"
            + "b,120,2025-01-01\n";
    ReadResult r = read(csv, "2024-12-31", new LedgerOptions.Builder().trailing(12, "date"));
    assertThat(CustomerCsvReaderTest.mrrs(r)).containsExactly("150.00");
    assertThat(r.summary().filteredTotal()).isEqualTo(2);
  }

  @Test
  void latestPicksBeforeWhere() throws IOException {
    String csv =
        "sub,customer_id,amount,status,updated\n"
            + "s1,a,10,active,2024-01-01\n"
            + "s1,a,10,expired,2024-06-01\n"
            + "s2,b,20,active,2024-02-01\n";
    ReadResult r =
        CustomerCsvReaderTest.read(
            csv,
            ReadOptions.builder()
                .mrrColumn("amount")
                .where("status=active")
                .ledger(new LedgerOptions.Builder().latest("sub", "updated").build())
                .build());
    assertThat(CustomerCsvReaderTest.ids(r)).containsExactly("b");
    assertThat(r.summary().filtered())
        .containsExactly(
            new FilterCount("status=active", 1),
            new FilterCount("--latest sub,updated", 1, FilterCount.Reason.OLDER_VERSION));
  }

  @Test
  void aPartedReadOfALedgerGivesTheOnePassResult() throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,amount,start,end\n");
    for (int i = 0; i < 3000; i++) {
      csv.append('c').append(i % 97).append(',').append(i % 500).append(".25,");
      csv.append(i % 3 == 0 ? "2024-12-10,2024-12-25" : "2024-" + (1 + i % 12) + "-01,2025-01-01");
      csv.append('\n');
    }
    java.nio.file.Path file = java.nio.file.Files.createTempFile("ledger", ".csv");
    try {
      java.nio.file.Files.writeString(file, csv);
      ReadOptions options =
          ReadOptions.builder()
              .mrrColumn("amount")
              .ledger(periods().asOf("2024-12-15").build())
              .build();
      String onePass = PartedReadTest.outcome(file, options, 1);
      assertThat(onePass).contains("c1");
      for (int parts = 2; parts <= 4; parts++) {
        assertThat(PartedReadTest.outcome(file, options, parts)).isEqualTo(onePass);
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }
}

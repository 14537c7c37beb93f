package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.dates.DateFormat;
import dev.segment.model.FilterCount;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SPEC's rows-accounted-for invariant under the options of "MRR on a date" (read = used + skipped +
 * filtered, filtered per reason), each customer's MRR the exact sum of its rows' monthly amounts
 * worked out here with java.time; and a ledger of one-month rows covering the date reads as the
 * plain file of those amounts.
 */
class LedgerAccountingProperties {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 15);

  enum Kind {
    WHOLE,
    PRORATION,
    OPEN,
    NOT_COVERING,
    OLDER,
    WHERE_FILTERED,
    BAD_DATE,
    ZERO_LENGTH,
    REVERSED,
    MISSING_ID,
    BLANK
  }

  /** One ledger row; {@code n} picks a period length, {@code version} its place among versions. */
  record Row(Kind kind, int id, long cents, int n, int startOffset) {
    LocalDate start() {
      return switch (kind) {
        // Up to 13 days before the date and up to 13 after it: 1 to 26 days, never a month.
        case PRORATION -> AS_OF.minusDays(startOffset % 14);
        case NOT_COVERING -> AS_OF.plusDays(1 + n);
        default -> AS_OF.minusDays(startOffset);
      };
    }

    LocalDate end() {
      return switch (kind) {
        case WHOLE, OLDER, WHERE_FILTERED, MISSING_ID -> start().plusMonths(n);
        case PRORATION -> AS_OF.plusDays(1 + n % 13);
        case NOT_COVERING -> start().plusMonths(1);
        case ZERO_LENGTH -> start();
        case REVERSED -> start().minusDays(1 + n);
        default -> null;
      };
    }

    String text(int line) {
      String money = BigDecimal.valueOf(cents, 2).toPlainString();
      String sub = "s" + line;
      return switch (kind) {
        case BLANK -> "";
        case OPEN -> "c" + id + "," + sub + ",1," + money + "," + start() + ",,paid";
        case BAD_DATE -> "c" + id + "," + sub + ",1," + money + ",2024-13-01,2025-01-01,paid";
        case MISSING_ID -> " ," + sub + ",1," + money + "," + start() + "," + end() + ",paid";
        // An older version of subscription "old": the newest row of "old" comes last in the file.
        case OLDER -> "c" + id + ",old,1," + money + "," + start() + "," + end() + ",paid";
        case WHERE_FILTERED ->
            "c" + id + "," + sub + ",1," + money + "," + start() + "," + end() + ",void";
        default -> "c" + id + "," + sub + ",1," + money + "," + start() + "," + end() + ",paid";
      };
    }
  }

  @Provide
  Arbitrary<List<Row>> ledgers() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(1, 6),
                Arbitraries.longs().between(-50_000, 5_000_000),
                Arbitraries.integers().between(1, 24),
                Arbitraries.integers().between(0, 20))
            .as(Row::new);
    return row.list().ofMaxSize(50);
  }

  @Property(tries = 300)
  void everyLedgerRowIsAccountedForAndTheMonthlyAmountsAreExact(@ForAll("ledgers") List<Row> rows)
      throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,sub,version,amount,start,end,status\n");
    Map<Kind, Long> count = new EnumMap<>(Kind.class);
    Map<Integer, BigDecimal> mrr = new HashMap<>();
    int line = 0;
    for (Row r : rows) {
      csv.append(r.text(line++)).append('\n');
      count.merge(r.kind(), 1L, Long::sum);
      BigDecimal amount = BigDecimal.valueOf(r.cents(), 2);
      BigDecimal value =
          switch (r.kind()) {
            case WHOLE -> amount.divide(BigDecimal.valueOf(r.n()), 6, RoundingMode.HALF_EVEN);
            case OPEN -> amount;
            case PRORATION ->
                amount
                    .multiply(new BigDecimal("30.436875"))
                    .divide(
                        BigDecimal.valueOf(ChronoUnit.DAYS.between(r.start(), r.end())),
                        6,
                        RoundingMode.HALF_EVEN);
            default -> null;
          };
      if (value != null) {
        mrr.merge(r.id(), value, BigDecimal::add);
      }
    }
    // The newest version of "old": one whole month covering the date, after every older row (and
    // the row that shows the file's END convention).
    long olderRows = count.getOrDefault(Kind.OLDER, 0L);
    csv.append("c7,old,2,10.00,2024-12-01,2025-01-01,paid\n");
    mrr.merge(7, new BigDecimal("10.00"), BigDecimal::add);
    ReadOptions options =
        ReadOptions.builder()
            .mrrColumn("amount")
            .where("status=paid")
            .ledger(ledger(List.of("start", "end"), List.of("sub", "version")))
            .build();
    ReadResult r = CustomerCsvReaderTest.read(csv.toString(), options);
    var s = r.summary();
    long newest = 1;
    assertThat(s.rowsRead() + s.blankLines()).isEqualTo(rows.size() + newest);
    assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.skipped().total() + s.filteredTotal());
    assertThat(s.rowsUsed())
        .isEqualTo(
            count.getOrDefault(Kind.WHOLE, 0L)
                + count.getOrDefault(Kind.PRORATION, 0L)
                + count.getOrDefault(Kind.OPEN, 0L)
                + newest);
    assertThat(s.filtered())
        .containsExactly(
            new FilterCount("status=paid", count.getOrDefault(Kind.WHERE_FILTERED, 0L)),
            new FilterCount("--latest sub,version", olderRows, FilterCount.Reason.OLDER_VERSION),
            new FilterCount(
                "--period-columns start,end",
                count.getOrDefault(Kind.NOT_COVERING, 0L),
                FilterCount.Reason.PERIOD));
    assertThat(skipped(s.skipped(), SkipReason.DATE))
        .isEqualTo(count.getOrDefault(Kind.BAD_DATE, 0L));
    assertThat(skipped(s.skipped(), SkipReason.PERIOD))
        .isEqualTo(
            count.getOrDefault(Kind.ZERO_LENGTH, 0L) + count.getOrDefault(Kind.REVERSED, 0L));
    assertThat(skipped(s.skipped(), SkipReason.MISSING_ID))
        .isEqualTo(count.getOrDefault(Kind.MISSING_ID, 0L));
    Map<String, BigDecimal> read = new TreeMap<>();
    for (int i = 0; i < r.customers().size(); i++) {
      read.put(r.customers().id(i), r.customers().mrr(i));
    }
    assertThat(read.keySet()).hasSize(mrr.size());
    for (Map.Entry<Integer, BigDecimal> e : mrr.entrySet()) {
      assertThat(read.get("c" + e.getKey())).isEqualByComparingTo(e.getValue());
    }
  }

  @Property(tries = 100)
  void oneMonthRowsCoveringTheDateReadAsThePlainFile(
      @ForAll("amounts") List<Long> cents, @ForAll("offsets") List<Integer> offsets)
      throws IOException {
    StringBuilder ledger = new StringBuilder("customer_id,amount,start,end\n");
    StringBuilder plain = new StringBuilder("customer_id,amount\n");
    for (int i = 0; i < cents.size(); i++) {
      String money = BigDecimal.valueOf(cents.get(i), 2).toPlainString();
      LocalDate start = AS_OF.minusDays(offsets.get(i % offsets.size()));
      // Either END convention, one per file.
      LocalDate end = start.plusMonths(1).minusDays(offsets.size() % 2);
      ledger.append("c").append(i % 7).append(',').append(money).append(',');
      ledger.append(start).append(',').append(end).append('\n');
      plain.append("c").append(i % 7).append(',').append(money).append('\n');
    }
    ReadResult fromLedger =
        CustomerCsvReaderTest.read(
            ledger.toString(),
            ReadOptions.builder()
                .mrrColumn("amount")
                .ledger(ledger(List.of("start", "end"), null))
                .build());
    ReadResult fromPlain =
        CustomerCsvReaderTest.read(
            plain.toString(), ReadOptions.builder().mrrColumn("amount").build());
    assertThat(CustomerCsvReaderTest.ids(fromLedger))
        .isEqualTo(CustomerCsvReaderTest.ids(fromPlain));
    for (int i = 0; i < fromPlain.customers().size(); i++) {
      assertThat(fromLedger.customers().mrr(i)).isEqualByComparingTo(fromPlain.customers().mrr(i));
    }
  }

  @Provide
  Arbitrary<List<Long>> amounts() {
    return Arbitraries.longs().between(0, 10_000_000).list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Integer>> offsets() {
    // 0..27 days before the date: a one-month period from there covers it either way.
    return Arbitraries.integers().between(0, 27).list().ofMinSize(1).ofMaxSize(5);
  }

  private static LedgerOptions ledger(List<String> period, List<String> latest) {
    return new LedgerOptions(
        java.util.Optional.of(AS_OF),
        DateFormat.ISO,
        java.util.Optional.of(period),
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        0,
        java.util.Optional.empty(),
        java.util.Optional.ofNullable(latest),
        java.util.Optional.empty(),
        false,
        LedgerOptions.Found.NOTHING);
  }

  private static long skipped(SkippedRows rows, SkipReason reason) {
    return rows.tallies().stream()
        .filter(t -> t.reason() == reason)
        .mapToLong(SkippedRows.Tally::count)
        .sum();
  }
}

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SPEC's first invariant: every line after the header is a used, skipped or filtered row, or blank
 * (data rows read = used + skipped + filtered); and the sums of the used rows are exact, also under
 * the options of "MRR on a date".
 */
class RowAccountingProperties {
  enum Kind {
    USED,
    MISSING_ID,
    EMPTY_MRR,
    NON_NUMERIC,
    SHIFTED,
    BLANK
  }

  record Line(Kind kind, int id, long cents, boolean quoted) {
    String text() {
      String money = BigDecimal.valueOf(cents, 2).toPlainString();
      // A quoted cell carries a currency sign, so a negative takes SPEC's accounting form: "-$1"
      // and "$-1" are non-numeric by the money rules.
      String quotedMoney =
          cents < 0 ? "($" + BigDecimal.valueOf(-cents, 2).toPlainString() + ")" : "$" + money;
      String cell = quoted ? "\"" + quotedMoney + "\"" : money;
      switch (kind) {
        case USED:
          return "c" + id + ",Name " + id + "," + cell;
        case MISSING_ID:
          return " ,Name," + cell;
        case EMPTY_MRR:
          return "c" + id + ",Name,";
        case NON_NUMERIC:
          return "c" + id + ",Name,12abc";
        case SHIFTED:
          return "c" + id + ",Acme, Inc," + money;
        default:
          return quoted ? ",," : "";
      }
    }
  }

  @Provide
  Arbitrary<List<Line>> files() {
    Arbitrary<Line> line =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(1, 8),
                Arbitraries.longs().between(-100_000, 10_000_000),
                Arbitraries.of(true, false))
            .as(Line::new);
    return line.list().ofMaxSize(60);
  }

  @Property(tries = 200)
  void everyLineIsAccountedFor(@ForAll("files") List<Line> lines) throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,name,mrr\r\n");
    Map<Kind, Long> expected = new EnumMap<>(Kind.class);
    Set<Integer> ids = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Line l : lines) {
      csv.append(l.text()).append("\r\n");
      expected.merge(l.kind(), 1L, Long::sum);
      if (l.kind() == Kind.USED) {
        ids.add(l.id());
        total = total.add(BigDecimal.valueOf(l.cents(), 2));
      }
    }
    ReadResult r = CustomerCsvReaderTest.read(csv.toString());
    var s = r.summary();
    assertThat(s.rowsRead() + s.blankLines() + s.footerLines()).isEqualTo(lines.size());
    assertThat(s.rowsUsed()).isEqualTo(expected.getOrDefault(Kind.USED, 0L));
    assertThat(s.blankLines()).isEqualTo(expected.getOrDefault(Kind.BLANK, 0L));
    assertThat(skipped(s.skipped(), SkipReason.MISSING_ID))
        .isEqualTo(expected.getOrDefault(Kind.MISSING_ID, 0L));
    assertThat(skipped(s.skipped(), SkipReason.EMPTY_MRR))
        .isEqualTo(expected.getOrDefault(Kind.EMPTY_MRR, 0L));
    assertThat(skipped(s.skipped(), SkipReason.NON_NUMERIC_MRR))
        .isEqualTo(expected.getOrDefault(Kind.NON_NUMERIC, 0L));
    assertThat(skipped(s.skipped(), SkipReason.SHIFTED_COLUMNS))
        .isEqualTo(expected.getOrDefault(Kind.SHIFTED, 0L));
    assertThat(r.customers().size()).isEqualTo(ids.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < r.customers().size(); i++) {
      sum = sum.add(r.customers().mrr(i));
    }
    assertThat(sum).isEqualByComparingTo(total);
  }

  // With the billing options: rows are also filtered (under the first --where they fail) or skipped
  // for their interval or quantity, and each customer's ARR is the exact sum of its rows' amount ×
  // quantity × k ÷ count, its MRR that ARR / 12 to 6 decimals.
  enum BillingKind {
    USED,
    FILTERED_STATUS,
    FILTERED_CANCELED,
    MISSING_ID,
    NON_NUMERIC,
    BAD_INTERVAL,
    BAD_COUNT,
    BAD_QUANTITY,
    SHIFTED,
    BLANK
  }

  private static final String[] INTERVALS = {"month", "Year", " weekly ", "day", "quarterly"};
  private static final int[] PER_YEAR = {12, 1, 52, 365, 4};

  record BillingLine(
      BillingKind kind, int id, long cents, int interval, int count, int quantity, boolean qDot) {
    String quantityCell() {
      return qDot ? quantity / 10 + "." + quantity % 10 : String.valueOf(quantity);
    }

    BigDecimal quantityValue() {
      return qDot ? BigDecimal.valueOf(quantity, 1) : BigDecimal.valueOf(quantity);
    }

    String text() {
      String money = BigDecimal.valueOf(cents, 2).toPlainString();
      String tail = INTERVALS[interval] + "," + count + "," + quantityCell();
      return switch (kind) {
        case USED -> "c" + id + ",active," + money + ",," + tail;
        case FILTERED_STATUS -> " ,trialing,12abc,," + tail;
        case FILTERED_CANCELED -> "c" + id + ",Active," + money + ",2026-01-01," + tail;
        case MISSING_ID -> " ,past_due," + money + ",," + tail;
        case NON_NUMERIC -> "c" + id + ",active,12abc,," + tail;
        case BAD_INTERVAL -> "c" + id + ",active," + money + ",,fortnight," + count + ",1";
        case BAD_COUNT -> "c" + id + ",active," + money + ",,month,0," + quantityCell();
        case BAD_QUANTITY -> "c" + id + ",active," + money + ",," + INTERVALS[interval] + ",1,-1";
        case SHIFTED -> "c" + id + ",active,Acme, Inc," + money + ",," + tail;
        default -> "";
      };
    }
  }

  @Provide
  Arbitrary<List<BillingLine>> billingFiles() {
    Arbitrary<BillingLine> line =
        Combinators.combine(
                Arbitraries.of(BillingKind.class),
                Arbitraries.integers().between(1, 8),
                Arbitraries.longs().between(-100_000, 10_000_000),
                Arbitraries.integers().between(0, INTERVALS.length - 1),
                Arbitraries.integers().between(1, 7),
                Arbitraries.integers().between(0, 30),
                Arbitraries.of(true, false))
            .as(BillingLine::new);
    return line.list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void everyRowIsUsedSkippedOrFilteredAndTheSumsAreExact(
      @ForAll("billingFiles") List<BillingLine> lines) throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,status,amount,canceled_at,iv,n,qty\n");
    Map<BillingKind, Long> expected = new EnumMap<>(BillingKind.class);
    Map<Integer, BigDecimal> arr = new HashMap<>();
    for (BillingLine l : lines) {
      csv.append(l.text()).append('\n');
      expected.merge(l.kind(), 1L, Long::sum);
      if (l.kind() == BillingKind.USED) {
        BigDecimal value =
            BigDecimal.valueOf(l.cents(), 2)
                .multiply(l.quantityValue())
                .multiply(BigDecimal.valueOf(PER_YEAR[l.interval()]))
                .divide(BigDecimal.valueOf(l.count()), 6, RoundingMode.HALF_EVEN);
        arr.merge(l.id(), value, BigDecimal::add);
      }
    }
    ReadOptions options =
        ReadOptions.builder()
            .mrrColumn("amount")
            .where("status=active,PAST_DUE")
            .where("canceled_at=")
            .intervalColumn("iv")
            .intervalCountColumn("n")
            .quantityColumn("qty")
            .build();
    ReadResult r = CustomerCsvReaderTest.read(csv.toString(), options);
    var s = r.summary();
    long blank = expected.getOrDefault(BillingKind.BLANK, 0L);
    assertThat(s.rowsRead() + s.blankLines() + s.footerLines()).isEqualTo(lines.size());
    assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.skipped().total() + s.filteredTotal());
    assertThat(s.blankLines()).isEqualTo(blank);
    assertThat(s.rowsUsed()).isEqualTo(expected.getOrDefault(BillingKind.USED, 0L));
    assertThat(s.filtered())
        .containsExactly(
            new FilterCount(
                "status=active,PAST_DUE", expected.getOrDefault(BillingKind.FILTERED_STATUS, 0L)),
            new FilterCount(
                "canceled_at=", expected.getOrDefault(BillingKind.FILTERED_CANCELED, 0L)));
    assertThat(skipped(s.skipped(), SkipReason.MISSING_ID))
        .isEqualTo(expected.getOrDefault(BillingKind.MISSING_ID, 0L));
    assertThat(skipped(s.skipped(), SkipReason.NON_NUMERIC_MRR))
        .isEqualTo(expected.getOrDefault(BillingKind.NON_NUMERIC, 0L));
    assertThat(skipped(s.skipped(), SkipReason.INTERVAL))
        .isEqualTo(
            expected.getOrDefault(BillingKind.BAD_INTERVAL, 0L)
                + expected.getOrDefault(BillingKind.BAD_COUNT, 0L));
    assertThat(skipped(s.skipped(), SkipReason.QUANTITY))
        .isEqualTo(expected.getOrDefault(BillingKind.BAD_QUANTITY, 0L));
    assertThat(skipped(s.skipped(), SkipReason.SHIFTED_COLUMNS))
        .isEqualTo(expected.getOrDefault(BillingKind.SHIFTED, 0L));

    assertThat(r.customers().size()).isEqualTo(arr.size());
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal v : arr.values()) {
      total = total.add(v);
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < r.customers().size(); i++) {
      BigDecimal a = r.customers().arr(i);
      BigDecimal want = arr.get(Integer.parseInt(r.customers().id(i).substring(1)));
      assertThat(a).isEqualByComparingTo(want);
      assertThat(r.customers().mrr(i))
          .isEqualByComparingTo(a.divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_EVEN));
      sum = sum.add(a);
    }
    assertThat(sum).isEqualByComparingTo(total);
  }

  // SPEC "MRR on a date": rows are also older versions (--latest), filtered by their period, or
  // skipped for a bad date or a 0-day or reversed period; each customer's MRR is the exact sum of
  // its rows' monthly amounts worked out here with java.time; and a ledger of one-month rows
  // covering the date reads as the plain file of those amounts.

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 15);

  enum LedgerKind {
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
  record LedgerRow(LedgerKind kind, int id, long cents, int n, int startOffset) {
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
  Arbitrary<List<LedgerRow>> ledgers() {
    Arbitrary<LedgerRow> row =
        Combinators.combine(
                Arbitraries.of(LedgerKind.class),
                Arbitraries.integers().between(1, 6),
                Arbitraries.longs().between(-50_000, 5_000_000),
                Arbitraries.integers().between(1, 24),
                Arbitraries.integers().between(0, 20))
            .as(LedgerRow::new);
    return row.list().ofMaxSize(50);
  }

  @Property(tries = 300)
  void everyLedgerRowIsAccountedForAndTheMonthlyAmountsAreExact(
      @ForAll("ledgers") List<LedgerRow> rows) throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,sub,version,amount,start,end,status\n");
    Map<LedgerKind, Long> count = new EnumMap<>(LedgerKind.class);
    Map<Integer, BigDecimal> mrr = new HashMap<>();
    int line = 0;
    for (LedgerRow r : rows) {
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
    long olderRows = count.getOrDefault(LedgerKind.OLDER, 0L);
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
            count.getOrDefault(LedgerKind.WHOLE, 0L)
                + count.getOrDefault(LedgerKind.PRORATION, 0L)
                + count.getOrDefault(LedgerKind.OPEN, 0L)
                + newest);
    assertThat(s.filtered())
        .containsExactly(
            new FilterCount("status=paid", count.getOrDefault(LedgerKind.WHERE_FILTERED, 0L)),
            new FilterCount("--latest sub,version", olderRows, FilterCount.Reason.OLDER_VERSION),
            new FilterCount(
                "--period-columns start,end",
                count.getOrDefault(LedgerKind.NOT_COVERING, 0L),
                FilterCount.Reason.PERIOD));
    assertThat(skipped(s.skipped(), SkipReason.DATE))
        .isEqualTo(count.getOrDefault(LedgerKind.BAD_DATE, 0L));
    assertThat(skipped(s.skipped(), SkipReason.PERIOD))
        .isEqualTo(
            count.getOrDefault(LedgerKind.ZERO_LENGTH, 0L)
                + count.getOrDefault(LedgerKind.REVERSED, 0L));
    assertThat(skipped(s.skipped(), SkipReason.MISSING_ID))
        .isEqualTo(count.getOrDefault(LedgerKind.MISSING_ID, 0L));
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

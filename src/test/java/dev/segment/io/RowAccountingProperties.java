package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.FilterCount;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SPEC's first invariant: every line after the header is a used, skipped or filtered row, or blank
 * (data rows read = used + skipped + filtered); and the sums of the used rows are exact.
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

  private static long skipped(SkippedRows rows, SkipReason reason) {
    return rows.tallies().stream()
        .filter(t -> t.reason() == reason)
        .mapToLong(SkippedRows.Tally::count)
        .sum();
  }
}

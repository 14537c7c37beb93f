package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
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

/** SPEC's first invariant: every line after the header is a used row, a skipped row or blank. */
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

  private static long skipped(SkippedRows rows, SkipReason reason) {
    return rows.tallies().stream()
        .filter(t -> t.reason() == reason)
        .mapToLong(SkippedRows.Tally::count)
        .sum();
  }
}

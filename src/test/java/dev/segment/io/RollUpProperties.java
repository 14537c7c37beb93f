package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.analysis.Segmenter;
import dev.segment.model.Customers;
import dev.segment.model.CutRule;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.model.SegmentPlan;
import dev.segment.model.SegmentReport;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * SPEC's invariants with {@code --parent-column}, on CRM-style files of random account trees: every
 * row is accounted for, the tiers' MRR adds up to the total exactly, the {@code accounts} column
 * adds up to the distinct ids of the used rows when each id has one parent, and every top account
 * is what a plain, slow reading of SPEC's sentence gives (a map per rule, the chain walked row by
 * row).
 */
class RollUpProperties {
  enum Kind {
    USED,
    EMPTY_MRR,
    NON_NUMERIC,
    MISSING_ID,
    BLANK
  }

  /**
   * A line: kind, the account (1–12), the parent cell's choice, cents, whether it has a name. A
   * parent cell names a higher account or a holding with no row ({@code h…}), so no cycle, or its
   * own id, or nothing.
   */
  record Line(Kind kind, int account, int parent, long cents, boolean named) {
    String id() {
      return "a" + account;
    }

    /** The parent cell as written: one choice per line, or the account's when consistent. */
    String parentCell(boolean consistent) {
      int choice = consistent ? account * 7 % 6 : parent;
      return switch (choice) {
        case 0, 1 -> "";
        case 2 -> id();
        case 3 -> "h" + (account % 3);
        default -> account + choice > 12 ? "" : "a" + (account + choice - 2);
      };
    }

    String text(boolean consistent) {
      String name = named ? "Name " + account : "";
      String money = BigDecimal.valueOf(cents, 2).toPlainString();
      String p = parentCell(consistent);
      return switch (kind) {
        case USED -> id() + "," + name + "," + p + "," + money;
        case EMPTY_MRR -> id() + "," + name + "," + p + ",";
        case NON_NUMERIC -> id() + "," + name + "," + p + ",12abc";
        case MISSING_ID -> "," + name + "," + p + "," + money;
        default -> "";
      };
    }
  }

  @Provide
  Arbitrary<List<Line>> files() {
    Arbitrary<Line> line =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 5),
                Arbitraries.longs().between(-100_000, 10_000_000),
                Arbitraries.of(true, false))
            .as(Line::new);
    return line.list().ofMaxSize(60);
  }

  /** One top account as the slow reading gives it. */
  record Top(String name, BigDecimal mrr, int accounts) {}

  @Property(tries = 300)
  void rollUpFollowsSpecAndKeepsEveryInvariant(
      @ForAll("files") List<Line> lines, @ForAll boolean consistent) throws IOException {
    StringBuilder csv = new StringBuilder("Account ID,Account Name,Parent Account ID,MRR\n");
    for (Line l : lines) {
      csv.append(l.text(consistent)).append('\n');
    }
    ReadOptions options = ReadOptions.builder().parentColumn("Parent Account ID").build();
    Map<String, Top> expected = slowRollUp(lines, consistent);
    if (expected == null) {
      assertThatThrownBy(() -> CustomerCsvReaderTest.read(csv.toString(), options))
          .isInstanceOf(DataException.class);
      return;
    }
    ReadResult r = CustomerCsvReaderTest.read(csv.toString(), options);
    InputSummary s = r.summary();
    Customers c = r.customers();

    // Every row accounted for; merged rows counted against top accounts.
    long blank = lines.stream().filter(l -> l.kind() == Kind.BLANK).count();
    assertThat(s.rowsRead() + s.blankLines()).isEqualTo(lines.size());
    assertThat(s.blankLines()).isEqualTo(blank);
    assertThat(s.rowsRead()).isEqualTo(s.rowsUsed() + s.skipped().total());
    assertThat(s.customers()).isEqualTo(c.size());
    assertThat(s.merged()).isEqualTo(s.rowsUsed() - c.size());

    Map<String, Top> actual = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      actual.put(c.id(i), new Top(c.name(i), c.mrr(i).stripTrailingZeros(), c.accounts(i)));
    }
    assertThat(actual).isEqualTo(expected);

    Set<String> usedIds = new HashSet<>();
    lines.stream().filter(l -> l.kind() == Kind.USED).forEach(l -> usedIds.add(l.id()));
    int accounts = 0;
    for (int i = 0; i < c.size(); i++) {
      accounts += c.accounts(i);
    }
    if (consistent) {
      assertThat(accounts).isEqualTo(usedIds.size());
    } else {
      assertThat(accounts).isGreaterThanOrEqualTo(usedIds.size());
    }

    if (c.size() == 0) {
      return;
    }
    SegmentPlan plan =
        SegmentPlan.cutsOnly(
            new CutRule.ByCustomers(List.of(new BigDecimal("10"), new BigDecimal("30"))),
            Tier.defaultLabels(3),
            false);
    Segmenter.Ranked ranked = Segmenter.rank(c, plan);
    if (ranked.curve().curve().size() == 0) {
      return;
    }
    SegmentReport report = Segmenter.report(ranked, s, plan);
    BigDecimal tiers = BigDecimal.ZERO;
    for (TierStats t : report.tiers()) {
      tiers = tiers.add(t.mrr());
    }
    BigDecimal onCurve = BigDecimal.ZERO;
    for (Top t : expected.values()) {
      if (t.mrr().signum() >= 0) {
        onCurve = onCurve.add(t.mrr());
      }
    }
    assertThat(tiers).isEqualByComparingTo(onCurve);
  }

  /** SPEC's sentence read literally, one map per rule; null when parents form a cycle. */
  private static Map<String, Top> slowRollUp(List<Line> lines, boolean consistent) {
    Map<String, String> parentOf = new HashMap<>();
    Map<String, String> nameOf = new HashMap<>();
    Set<String> withRows = new HashSet<>();
    for (Line l : lines) {
      if (l.kind() == Kind.MISSING_ID || l.kind() == Kind.BLANK) {
        continue;
      }
      withRows.add(l.id());
      String cell = l.parentCell(consistent);
      if (!cell.isEmpty() && !cell.equals(l.id())) {
        parentOf.putIfAbsent(l.id(), cell);
      }
      if (l.named()) {
        nameOf.putIfAbsent(l.id(), "Name " + l.account());
      }
    }
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    Map<String, Set<String>> ids = new HashMap<>();
    for (Line l : lines) {
      if (l.kind() != Kind.USED) {
        continue;
      }
      String cell = l.parentCell(consistent);
      String at = !cell.isEmpty() && !cell.equals(l.id()) ? cell : l.id();
      Set<String> seen = new HashSet<>();
      while (parentOf.containsKey(at)) {
        if (!seen.add(at)) {
          return null;
        }
        at = parentOf.get(at);
      }
      sums.merge(at, BigDecimal.valueOf(l.cents(), 2), BigDecimal::add);
      ids.computeIfAbsent(at, k -> new HashSet<>()).add(l.id());
    }
    Map<String, Top> out = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
      String top = e.getKey();
      out.put(
          top,
          new Top(
              withRows.contains(top) ? nameOf.getOrDefault(top, "") : "",
              e.getValue().stripTrailingZeros(),
              ids.get(top).size()));
    }
    return out;
  }
}

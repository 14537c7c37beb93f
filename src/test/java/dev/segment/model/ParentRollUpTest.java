package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The roll-up of {@code --parent-column} on hand-checked account trees, through the builder a read
 * feeds: which top accounts become customers, their sums, names, kept values and {@code accounts}.
 */
class ParentRollUpTest {
  /** One customer as the tests compare it. */
  record Top(String name, String mrr, int accounts, String owner) {}

  /** A row: id, name, parent cell, amount (null: skipped for its amount), owner. */
  record Row(String id, String name, String parent, String amount, String owner) {}

  private static Row row(String id, String name, String parent, String amount) {
    return new Row(id, name, parent, amount, "");
  }

  private static CustomersBuilder feed(AmountKind kind, List<Row> rows) {
    CustomersBuilder b = new CustomersBuilder(kind, List.of("owner"), true);
    for (Row r : rows) {
      b.row(r.id(), r.name(), r.parent());
      if (r.amount() != null) {
        java.math.BigDecimal v = new java.math.BigDecimal(r.amount());
        b.addRow(v.unscaledValue(), v.scale(), new String[] {r.owner()});
      }
    }
    return b;
  }

  private static Map<String, Top> tops(Customers c) {
    Map<String, Top> out = new LinkedHashMap<>();
    for (int i = 0; i < c.size(); i++) {
      out.put(c.id(i), new Top(c.name(i), c.mrr(i).toPlainString(), c.accounts(i), c.kept(i, 0)));
    }
    return out;
  }

  private static Map<String, Top> tops(Row... rows) {
    return tops(feed(AmountKind.MRR, List.of(rows)).build());
  }

  @Test
  void threeLevelsRollUpToTheTopAccount() {
    CustomersBuilder b =
        feed(
            AmountKind.MRR,
            List.of(
                row("DE-BER", "Acme Berlin", "DE", "100"),
                row("DE", "Acme Germany", "EMEA", "200"),
                row("EMEA", "Acme EMEA", "GLOBAL", "300"),
                row("GLOBAL", "Acme Global", "", "400"),
                row("SOLO", "Solo Ltd", "", "50")));
    assertThat(b.rollUp("Parent")).isEmpty();
    Customers c = b.build();
    assertThat(tops(c))
        .containsExactly(
            Map.entry("GLOBAL", new Top("Acme Global", "1000", 4, "")),
            Map.entry("SOLO", new Top("Solo Ltd", "50", 1, "")));
    assertThat(b.rollUp("Parent")).contains(new RollUp("Parent", 3, 1, 3, 0));
  }

  @Test
  void theCustomerIsTheTopAccountWithItsOwnName() {
    CustomersBuilder b =
        feed(
            AmountKind.MRR,
            List.of(
                row("GLOBAL", "Acme Global", "", "400"),
                row("EMEA", "Acme EMEA", "GLOBAL", "300"),
                row("DE", "Acme Germany", "EMEA", "200"),
                row("DE-BER", "Acme Berlin", "DE", "100"),
                row("SOLO", "Solo Ltd", "", "50")));
    Customers c = b.build();
    assertThat(tops(c))
        .containsExactly(
            Map.entry("GLOBAL", new Top("Acme Global", "1000", 4, "")),
            Map.entry("SOLO", new Top("Solo Ltd", "50", 1, "")));
    assertThat(b.rollUp("Parent Account ID")).contains(new RollUp("Parent Account ID", 3, 1, 3, 0));
  }

  @Test
  void aParentWithNoRowOfItsOwnIsACustomerWithNoNameAndIsNotCounted() {
    CustomersBuilder b =
        feed(
            AmountKind.MRR,
            List.of(row("A", "Alpha", "HOLD", "10"), row("B", "Beta", "HOLD", "20.5")));
    assertThat(tops(b.build())).containsExactly(Map.entry("HOLD", new Top("", "30.5", 2, "")));
    assertThat(b.rollUp("p")).contains(new RollUp("p", 2, 1, 1, 1));
  }

  @Test
  void standAloneAccountsStayThemselves() {
    assertThat(tops(row("A", "Alpha", "", "10"), row("B", "Beta", "", "20"), row("A", "", "", "1")))
        .containsExactly(
            Map.entry("A", new Top("Alpha", "11", 1, "")),
            Map.entry("B", new Top("Beta", "20", 1, "")));
  }

  @Test
  void aParentCellEqualToTheRowsOwnIdIsNoParent() {
    assertThat(tops(row("A", "Alpha", "A", "10"), row("B", "Beta", "B", "20")))
        .containsExactly(
            Map.entry("A", new Top("Alpha", "10", 1, "")),
            Map.entry("B", new Top("Beta", "20", 1, "")));
    // A's own-id cell is passed over: its parent is the first other cell, P.
    assertThat(tops(row("A", "Alpha", "A", "10"), row("A", "", "P", "5"), row("P", "Pa", "", "1")))
        .containsExactly(Map.entry("P", new Top("Pa", "16", 2, "")));
  }

  @Test
  void eachRowCountsTowardItsOwnParentCellAndTheAccountsParentIsItsFirst() {
    // X's first row names P, its second Q; its third (no cell) counts toward X, whose parent is P.
    // Y is a child of X, so it reaches P through X's parent.
    assertThat(
            tops(
                row("P", "Pa", "", "1"),
                row("Q", "Qu", "", "2"),
                row("X", "Ex", "P", "10"),
                row("X", "", "Q", "20"),
                row("X", "", "", "40"),
                row("Y", "Why", "X", "80")))
        .containsExactly(
            Map.entry("P", new Top("Pa", "131", 3, "")),
            Map.entry("Q", new Top("Qu", "22", 2, "")));
  }

  @Test
  void aRowSkippedForItsAmountStillNamesTheAccountAndItsParent() {
    // EMEA's own row has no amount, yet it links DE to GLOBAL and names nobody's customer.
    CustomersBuilder b =
        feed(
            AmountKind.MRR,
            List.of(
                row("DE", "Acme Germany", "EMEA", "200"),
                row("EMEA", "Acme EMEA", "GLOBAL", null),
                row("GLOBAL", "Acme Global", "", null)));
    // GLOBAL has rows (skipped), so its name shows; only DE's rows were summed.
    assertThat(tops(b.build()))
        .containsExactly(Map.entry("GLOBAL", new Top("Acme Global", "200", 1, "")));
    assertThat(b.rollUp("p")).contains(new RollUp("p", 1, 1, 2, 0));
  }

  @Test
  void keptValuesComeFromTheFirstRowSummedIntoTheTopThatHasOne() {
    List<Row> rows =
        List.of(
            new Row("C1", "Child 1", "P", "1", ""),
            new Row("C2", "Child 2", "P", "2", "Kim"),
            new Row("P", "Parent", "", "3", "Lee"),
            new Row("C1", "", "P", "4", "Ann"));
    assertThat(tops(feed(AmountKind.MRR, rows).build()))
        .containsExactly(Map.entry("P", new Top("Parent", "10", 3, "Kim")));
  }

  @Test
  void annualAmountsAreSummedAtTheTopBeforeTheyAreDividedByTwelve() {
    Customers c =
        feed(AmountKind.ARR, List.of(row("A", "", "P", "1"), row("B", "", "P", "0.2"))).build();
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.arr(0)).isEqualByComparingTo("1.2");
    assertThat(c.mrr(0)).isEqualByComparingTo("0.1");
  }

  @Test
  void sumsPastALongRollUpExactly() {
    // Each child fits a long; their top's sum, 3 × 5e18 + 1, does not.
    CustomersBuilder b =
        feed(
            AmountKind.MRR,
            List.of(
                row("A", "", "P", "5000000000000000000"),
                row("SOLO", "Solo", "", "1"),
                row("B", "", "P", "5000000000000000000"),
                row("C", "", "B", "5000000000000000000"),
                row("P", "Parent", "", "1")));
    Customers c = b.build();
    assertThat(c.wide()).isTrue();
    assertThat(tops(c))
        .containsExactly(
            Map.entry("P", new Top("Parent", "15000000000000000001", 4, "")),
            Map.entry("SOLO", new Top("Solo", "1", 1, "")));
  }

  @Test
  void aCycleOfTwoIsADataErrorNamingItsIds() {
    CustomersBuilder b =
        feed(AmountKind.MRR, List.of(row("A", "", "B", "1"), row("B", "", "A", "2")));
    assertThatThrownBy(b::build)
        .isInstanceOf(DataException.class)
        .hasMessage(
            "the parent accounts of --parent-column form a cycle: A → B → A; a top account needs"
                + " an empty parent cell");
  }

  @Test
  void aCycleOfThreeIsNamedFromItsFirstSeenId() {
    CustomersBuilder b =
        feed(
            AmountKind.MRR,
            List.of(
                row("SOLO", "", "", "5"),
                row("Z", "", "X", "1"),
                row("X", "", "Y", "2"),
                row("Y", "", "Z", "3")));
    assertThatThrownBy(b::build).hasMessageContaining("cycle: Z → X → Y → Z;");
  }

  @Test
  void aLongChainRollsUpWithoutRecursion() {
    int n = 200_000;
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of(), true);
    for (int i = 0; i < n; i++) {
      b.row("a" + i, "", i == n - 1 ? "" : "a" + (i + 1));
      b.addRow(1, 0, new String[0]);
    }
    Customers c = b.build();
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.id(0)).isEqualTo("a" + (n - 1));
    assertThat(c.mrr(0)).isEqualByComparingTo(Long.toString(n));
    assertThat(c.accounts(0)).isEqualTo(n);
    assertThat(b.rollUp("p")).contains(new RollUp("p", n - 1, 1, n - 1, 0));
  }

  @Test
  void aLongCycleIsFoundAndShownShort() {
    int n = 50_000;
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of(), true);
    for (int i = 0; i < n; i++) {
      b.row("a" + i, "", "a" + ((i + 1) % n));
      b.addRow(1, 0, new String[0]);
    }
    assertThatThrownBy(b::build).hasMessageContaining("cycle: a0 → a1 → a2 → a3 → a4 → a5 → …;");
  }

  @Test
  void topsAndHopsOnPlainArrays() {
    // 0 <- 1 <- 2, 3 alone, 4 -> 2.
    int[] parent = {-1, 0, 1, -1, 2};
    int[] top = new int[5];
    int[] hops = new int[5];
    ParentRollUp.tops(5, parent, top, hops);
    assertThat(top).containsExactly(0, 0, 0, 3, 0);
    assertThat(hops).containsExactly(0, 1, 2, 0, 3);
    assertThatThrownBy(() -> ParentRollUp.tops(3, new int[] {1, 2, 1}, top, hops))
        .isInstanceOfSatisfying(
            ParentRollUp.Cycle.class, e -> assertThat(e.accounts()).containsExactly(1, 2));
  }

  @Test
  void withoutParentColumnTheBuilderReportsNoRollUp() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    b.add("a", "", 1, 0, new String[0]);
    Customers c = b.build();
    assertThat(c.rolledUp()).isFalse();
    assertThat(c.accounts(0)).isEqualTo(1);
    assertThat(b.rollUp("x")).isEqualTo(Optional.empty());
  }
}

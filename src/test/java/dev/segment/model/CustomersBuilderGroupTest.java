package dev.segment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --group-by}: a customer's group is the cell of its first used row, in file order. */
class CustomersBuilderGroupTest {
  private static final String[] NONE = new String[0];

  private static void add(CustomersBuilder b, String id, String group, long mrr) {
    b.group(group);
    b.add(id, "", mrr, 0, NONE);
  }

  private static String groupOf(Customers c, String id) {
    for (int i = 0; i < c.size(); i++) {
      if (c.id(i).equals(id)) {
        return c.groupNames().get(c.group(i));
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void firstUsedRowWinsEvenWhenEmpty() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of());
    b.grouping();
    add(b, "a", "", 10);
    add(b, "a", "EU", 10);
    add(b, "b", " US ", 5);
    add(b, "b", "EU", 5);
    Customers c = b.build();
    assertThat(groupOf(c, "a")).isEqualTo("(none)");
    assertThat(groupOf(c, "b")).isEqualTo("US");
  }

  @Test
  void aLaterPartKeepsTheEarlierPartsGroup() {
    CustomersBuilder first = new CustomersBuilder(AmountKind.MRR, List.of());
    first.grouping();
    add(first, "a", "EU", 10);
    CustomersBuilder later = new CustomersBuilder(AmountKind.MRR, List.of());
    later.grouping();
    add(later, "b", "APAC", 1);
    add(later, "a", "US", 10);
    add(later, "c", "EU", 3);
    first.absorb(later);
    Customers c = first.build();
    assertThat(groupOf(c, "a")).isEqualTo("EU");
    assertThat(groupOf(c, "b")).isEqualTo("APAC");
    assertThat(groupOf(c, "c")).isEqualTo("EU");
    // Names are interned per used row; a name no customer keeps is cut as no group.
    assertThat(c.groupNames()).startsWith("EU", "APAC");
  }

  @Test
  void topAccountsTakeTheirOwnFirstUsedRow() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of(), true);
    b.grouping();
    b.row("child", "", "top");
    b.group("US");
    b.addRow(5, 0, NONE);
    b.row("top", "", "");
    b.group("EU");
    b.addRow(1, 0, NONE);
    b.row("orphan", "", "nobody");
    b.group("APAC");
    b.addRow(1, 0, NONE);
    Customers c = b.build();
    assertThat(groupOf(c, "top")).isEqualTo("EU");
    assertThat(groupOf(c, "nobody")).isEqualTo("(none)");
  }
}

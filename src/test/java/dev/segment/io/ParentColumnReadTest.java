package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.RollUp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --parent-column} through the reader, alone and beside the other reading options. */
class ParentColumnReadTest {
  private static List<String> rows(ReadResult r) {
    Customers c = r.customers();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      StringBuilder s = new StringBuilder(c.id(i)).append('|').append(c.name(i));
      s.append('|').append(c.mrr(i).toPlainString()).append('|').append(c.arr(i).toPlainString());
      s.append('|').append(c.accounts(i));
      for (int k = 0; k < c.keptHeaders().size(); k++) {
        s.append('|').append(c.kept(i, k));
      }
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void annualAmountsRollUpBeforeTheyBecomeMonthly() throws IOException {
    String csv =
        "Account ID,Account Name,Parent Account ID,Annual Revenue\n"
            + "A,Alpha,P,1000\n"
            + "B,Beta,P,200\n"
            + "P,Parent,,0.01\n";
    ReadResult r =
        CustomerCsvReaderTest.read(
            csv,
            ReadOptions.builder()
                .arrColumn("Annual Revenue")
                .parentColumn("Parent Account ID")
                .build());
    // (1000 + 200 + 0.01) / 12 = 100.000833…, rounded once, at the top.
    assertThat(rows(r)).containsExactly("P|Parent|100.000833|1200.01|3");
    assertThat(r.summary().rollUp()).contains(new RollUp("Parent Account ID", 2, 1, 1, 0));
    assertThat(r.summary().merged()).isEqualTo(2);
  }

  @Test
  void aFilteredRowNamesNoParentAndAnIntervalPriceRollsUp() throws IOException {
    String csv =
        "id,Customer ID,Customer Name,Parent,Status,Interval,Amount\n"
            + "s1,A,Alpha,Q,canceled,month,10\n"
            + "s2,A,Alpha,P,active,year,1200\n"
            + "s3,B,Beta,A,active,month,5\n"
            + "s4,P,Parent,,active,month,1\n";
    ReadResult r =
        CustomerCsvReaderTest.read(
            csv,
            ReadOptions.builder()
                .mrrColumn("Amount")
                .intervalColumn("Interval")
                .where("Status=active")
                .parentColumn("Parent")
                .build());
    // s1 is filtered: its Q is no parent of A, whose parent is P from s2. MRR = 1200 + 60 + 12 /12.
    assertThat(rows(r)).containsExactly("P|Parent|106|1272|3");
    assertThat(r.summary().filteredTotal()).isEqualTo(1);
    assertThat(r.summary().rollUp()).contains(new RollUp("Parent", 2, 1, 2, 0));
  }

  @Test
  void keepingEveryColumnLeavesTheParentColumnOutUnlessNamed() throws IOException {
    String csv = "Account ID,Name,Parent,MRR,Owner\nA,Alpha,P,10,Kim\nP,Pa,,5,Lee\n";
    ReadResult all =
        CustomerCsvReaderTest.read(
            csv, ReadOptions.builder().parentColumn("Parent").keep(KeepColumns.ALL).build());
    assertThat(all.customers().keptHeaders()).containsExactly("Owner");
    assertThat(rows(all)).containsExactly("P|Pa|15|180|2|Kim");
    ReadResult named =
        CustomerCsvReaderTest.read(
            csv,
            ReadOptions.builder()
                .parentColumn("Parent")
                .keep(KeepColumns.of(List.of("Parent", "Owner")))
                .build());
    assertThat(rows(named)).containsExactly("P|Pa|15|180|2|P|Kim");
  }

  @Test
  void theParentColumnMustBeAColumnOfItsOwn() {
    String csv = "Account ID,Name,Parent,MRR\nA,Alpha,P,10\n";
    assertThatThrownBy(
            () ->
                CustomerCsvReaderTest.read(
                    csv, ReadOptions.builder().parentColumn("Account ID").build()))
        .isInstanceOf(DataException.class)
        .hasMessage(
            "customers.csv: --parent-column names Account ID (column 1), the id column; it needs"
                + " the column holding each account's parent account id");
    assertThatThrownBy(
            () ->
                CustomerCsvReaderTest.read(
                    csv, ReadOptions.builder().parentColumn("Parent Account").build()))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("--parent-column \"Parent Account\" names no column");
    assertThatThrownBy(
            () -> CustomerCsvReaderTest.read(csv, ReadOptions.builder().parentColumn("9").build()))
        .hasMessageContaining("--parent-column 9 is outside the header's 4 columns");
  }
}

package dev.segment.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.model.ReadHint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of SPEC's warnings from the cells: the case that sets it off, and the one that must not. */
class CellHintsReadTest {

  private static InputSummary read(String csv, ReadOptions options) throws IOException {
    return CustomerCsvReader.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), "f.csv", options)
        .summary();
  }

  private static InputSummary read(String csv) throws IOException {
    return read(csv, ReadOptions.defaults());
  }

  /** Every hint's kind, the interval, count and quantity slots included. */
  private static List<String> kinds(InputSummary in) {
    List<String> out = new ArrayList<>();
    in.intervalHint().ifPresent(h -> out.add("interval:" + h.column()));
    in.factorHints().quantity().ifPresent(h -> out.add("quantity:" + h.column()));
    in.factorHints().intervalCount().ifPresent(h -> out.add("count:" + h.column()));
    for (ReadHint h : in.readHints()) {
      out.add((h.warning() ? "" : "note ") + h.kind() + ":" + h.column().orElse(""));
    }
    return out;
  }

  private static ReadHint hint(InputSummary in, String kind) {
    return in.readHints().stream().filter(h -> h.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void aStatusByAnyNameSuggestsTheWhereThatKeepsThePayingRows() throws IOException {
    InputSummary in =
        read(
            "customer_id,mrr,state\n"
                + "a,10,active\nb,20,canceled\nc,30,non_renewing\nd,5,past_due\ne,7,expired\n");
    assertThat(kinds(in)).containsExactly("status:state");
    assertThat(hint(in, "status").text())
        .contains("--where \"state=active,non_renewing,past_due\"");
  }

  @Test
  void statusesWhoseOtherRowsAllReadZeroChangeNoFigure() throws IOException {
    assertThat(kinds(read("customer_id,mrr,Status\na,10,Active\nb,0,Trialing\n"))).isEmpty();
    assertThat(kinds(read("customer_id,mrr,Status\na,10,Active\nb,20,Active\n"))).isEmpty();
  }

  @Test
  void aWhereOnTheStatusSilencesItUnlessItLeavesOutAPayingValue() throws IOException {
    String csv = "customer_id,mrr,status\na,10,active\nb,20,canceled\nc,30,past_due\n";
    assertThat(kinds(read(csv, ReadOptions.builder().where("status=active,past_due").build())))
        .isEmpty();
    InputSummary in = read(csv, ReadOptions.builder().where("status=active").build());
    assertThat(kinds(in)).containsExactly("status:status");
    assertThat(hint(in, "status").text()).contains("leaves out past_due");
  }

  @Test
  void aChurnFlagAfterIsOrHasIsAStatus() throws IOException {
    InputSummary in = read("customer_id,mrr,is_churned\na,10,0\nb,20,1\nc,30,0\n");
    assertThat(kinds(in)).containsExactly("status:is_churned");
    assertThat(hint(in, "status").text()).contains("--where \"is_churned=0\"");
    InputSummary active = read("customer_id,mrr,Active\na,10,true\nb,20,false\n");
    assertThat(hint(active, "status").text()).contains("--where \"Active=true\"");
  }

  @Test
  void aNameThatSaysWhenIsNoFlag() throws IOException {
    assertThat(kinds(read("customer_id,mrr,cancel_at_period_end\na,10,true\nb,20,false\n")))
        .isEmpty();
    assertThat(kinds(read("customer_id,mrr,churned\na,10,0\nb,20,0\n"))).isEmpty();
  }

  @Test
  void aCancellationDateOnSomeRowsSuggestsKeepingTheEmptyOnes() throws IOException {
    String csv = "customer_id,mrr,Canceled At (UTC)\na,10,\nb,20,2024-11-03 10:00\nc,5,\n";
    InputSummary in = read(csv);
    assertThat(kinds(in)).containsExactly("status:Canceled At (UTC)");
    assertThat(hint(in, "status").text()).contains("--where \"Canceled At (UTC)=\"");
    assertThat(kinds(read(csv, ReadOptions.builder().where("Canceled At (UTC)=").build())))
        .isEmpty();
    // A status column says it better: no date warning beside it.
    assertThat(
            kinds(
                read("customer_id,mrr,status,canceled_at\na,10,active,\nb,20,active,2024-11-03\n")))
        .isEmpty();
  }

  @Test
  void intervalWordsNameTheirColumnWhateverItsHeader() throws IOException {
    String csv =
        "customer_id,Amount,billing_period,billing_period_unit\n"
            + "a,10,1,month\nb,120,12,month\nc,900,1,year\n";
    InputSummary in = read(csv, ReadOptions.builder().mrrColumn("Amount").build());
    assertThat(kinds(in)).containsExactly("interval:billing_period_unit");
    InputSummary counted =
        read(
            csv,
            ReadOptions.builder()
                .mrrColumn("Amount")
                .intervalColumn("billing_period_unit")
                .build());
    assertThat(kinds(counted)).containsExactly("count:billing_period");
    assertThat(
            kinds(
                read(
                    csv,
                    ReadOptions.builder()
                        .mrrColumn("Amount")
                        .intervalColumn("billing_period_unit")
                        .intervalCountColumn("billing_period")
                        .build())))
        .isEmpty();
  }

  @Test
  void noIntervalCountOrQuantityHintForAnMrrOrArrColumn() throws IOException {
    String csv = "customer_id,MRR,plan_interval,seats\na,10,month,3\nb,20,year,1\n";
    assertThat(kinds(read(csv))).isEmpty();
    assertThat(
            kinds(
                read(
                    csv.replace("MRR", "arr_usd"),
                    ReadOptions.builder().arrColumn("arr_usd").build())))
        .isEmpty();
  }

  @Test
  void aQuantityByAnyNameNotAllOne() throws IOException {
    String csv = "customer_id,Price,Licenses Used\na,10,3\nb,20,1\n";
    assertThat(kinds(read(csv, ReadOptions.builder().mrrColumn("Price").build())))
        .containsExactly("quantity:Licenses Used");
    assertThat(
            kinds(
                read(
                    "customer_id,Price,seats\na,10,1\nb,20,1\n",
                    ReadOptions.builder().mrrColumn("Price").build())))
        .isEmpty();
  }

  @Test
  void wholeAmountsOfAThousandAndMoreInAnAmountColumnMayBeCents() throws IOException {
    String csv = "customer_id,plan_amount\na,4900\nb,150000\nc,990\n";
    InputSummary in = read(csv, ReadOptions.builder().mrrColumn("plan_amount").build());
    assertThat(kinds(in)).containsExactly("cents:plan_amount");
    assertThat(hint(in, "cents").option()).contains("--minor-units");
    assertThat(
            kinds(
                read(csv, ReadOptions.builder().mrrColumn("plan_amount").minorUnits(true).build())))
        .isEmpty();
    assertThat(
            kinds(
                read(
                    "customer_id,plan_amount\na,49.00\nb,1500.00\n",
                    ReadOptions.builder().mrrColumn("plan_amount").build())))
        .isEmpty();
    // An MRR column is never called cents: its name holds no amount, price or cents.
    assertThat(kinds(read("customer_id,mrr\na,4900\nb,150000\n"))).isEmpty();
  }

  @Test
  void subscriptionIdsTakenForCustomers() throws IOException {
    String csv =
        "id,customer,plan_amount\nsub_1,cus_A,49.00\nsub_2,cus_A,99.00\nsub_3,cus_B,10.00\n";
    InputSummary in =
        read(csv, ReadOptions.builder().idColumn("id").mrrColumn("plan_amount").build());
    assertThat(kinds(in)).contains("subscriptions:customer");
    assertThat(hint(in, "subscriptions").text()).contains("--id-column \"customer\"");
    assertThat(
            kinds(
                read(
                    csv,
                    ReadOptions.builder().idColumn("customer").mrrColumn("plan_amount").build())))
        .doesNotContain("subscriptions:customer", "subscriptions:id");
  }

  @Test
  void idsTakenForNames() throws IOException {
    InputSummary in = read("account_id,mrr,customer\n1,10,cus_A\n2,20,cus_B\n");
    assertThat(kinds(in)).containsExactly("names:customer");
    assertThat(kinds(read("account_id,mrr,customer\n1,10,Acme\n2,20,Globex Ltd\n"))).isEmpty();
  }

  @Test
  void theNoMrrErrorNamesAnArrColumnBeforeAnyIntervalHint() {
    assertThatThrownBy(() -> read("customer_id,ARR,interval,seats\na,1200,year,3\n"))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("--arr-column \"ARR\"")
        .hasMessageNotContaining("--interval-column");
    assertThatThrownBy(() -> read("customer_id,annual_revenue\na,1200\n"))
        .hasMessageNotContaining("--arr-column");
  }

  @Test
  void anArrColumnReadAsMrrNamesArrColumn() throws IOException {
    InputSummary in =
        read("customer_id,arr\na,1200\nb,2400\n", ReadOptions.builder().mrrColumn("arr").build());
    assertThat(kinds(in)).containsExactly("annual:arr");
  }

  @Test
  void anotherMrrColumnBesideATypedOne() throws IOException {
    InputSummary in =
        read(
            "customer_id,Amount,MRR\na,10,10\nb,120,10\n",
            ReadOptions.builder().mrrColumn("Amount").build());
    assertThat(kinds(in)).containsExactly("another-mrr:MRR");
    assertThat(kinds(read("customer_id,Amount,MRR\na,10,10\n"))).isEmpty();
  }

  @Test
  void aLedgerTakenForMrr() throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,mrr,date\n");
    for (String c : List.of("a", "b")) {
      for (String d : List.of("2024-01-05", "2024-02-05", "2024-03-05")) {
        csv.append(c).append(",10,").append(d).append('\n');
      }
    }
    InputSummary in = read(csv.toString());
    assertThat(kinds(in)).containsExactly("ledger:date");
    assertThat(hint(in, "ledger").text()).contains("--as-of", "--period-columns", "--trailing");
    // Two months only, or a row a customer: no ledger.
    assertThat(kinds(read(csv.toString().replace("2024-03-05", "2024-02-06")))).isEmpty();
    assertThat(
            kinds(read("customer_id,mrr,date\na,1,2024-01-01\nb,1,2024-02-01\nc,1,2024-03-01\n")))
        .isEmpty();
  }

  @Test
  void oneRowASubscriptionIsNoLedger() throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,subscription_id,mrr,created\n");
    int n = 0;
    for (String d : List.of("2024-01-05", "2024-02-05", "2024-03-05")) {
      csv.append("a,s").append(n++).append(",10,").append(d).append('\n');
    }
    assertThat(kinds(read(csv.toString()))).isEmpty();
  }

  @Test
  void aParentIdColumnIsANote() throws IOException {
    InputSummary in =
        read("Account ID,Account Name,MRR,Parent Account ID\n1,Acme,10,\n2,Acme EU,5,1\n");
    assertThat(kinds(in)).containsExactly("note parent:Parent Account ID");
    assertThat(in.readHints().get(0).warning()).isFalse();
  }

  @Test
  void aParentColumnOfNamesIsExit3() {
    String csv =
        "Account ID,Account Name,MRR,Parent Account\n1,Acme,10,\n2,Acme EU,5,Acme\n3,Other,5,\n";
    assertThatThrownBy(
            () -> read(csv, ReadOptions.builder().parentColumn("Parent Account").build()))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("holds names, not account ids");
  }

  @Test
  void documentKindsAreANote() throws IOException {
    InputSummary in = read("customer_id,mrr,Type\na,10,ACCREC\nb,20,ACCPAY\n");
    assertThat(kinds(in)).containsExactly("note document-kinds:Type");
    assertThat(kinds(read("customer_id,mrr,Type\na,10,Invoice\nb,-2,Credit Note\n")))
        .containsExactly("note document-kinds:Type");
    assertThat(kinds(read("customer_id,mrr,Type\na,10,Invoice\nb,2,Invoice\n"))).isEmpty();
  }
}

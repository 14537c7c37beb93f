package dev.segment.io;

import static dev.segment.io.CustomerCsvReaderTest.ids;
import static dev.segment.io.CustomerCsvReaderTest.mrrs;
import static dev.segment.io.CustomerCsvReaderTest.read;
import static dev.segment.io.CustomerCsvReaderTest.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.AmountKind;
import dev.segment.model.DataException;
import dev.segment.model.FactorHints;
import dev.segment.model.FilterCount;
import dev.segment.model.SkipReason;
import dev.segment.model.ValueCounts;
import dev.segment.rows.RowFilter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The options that turn billing-export rows into MRR: SPEC "From billing and CRM exports". */
class BillingRowsTest {

  /** Each customer's ARR, trailing zeros dropped: the column holds every sum at one scale. */
  private static List<String> arrs(ReadResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.customers().size(); i++) {
      out.add(plain(r.customers().arr(i)));
    }
    return out;
  }

  private static List<String> plainMrrs(ReadResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.customers().size(); i++) {
      out.add(plain(r.customers().mrr(i)));
    }
    return out;
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  @Nested
  class MinorUnits {
    private final ReadOptions cents = ReadOptions.builder().minorUnits(true).build();

    @Test
    void amountsAreDividedByTheirCurrencysMinorUnit() throws IOException {
      String csv =
          "customer_id,mrr,currency\n"
              + "a,4999,USD\n"
              + "b,4999,usd\n"
              + "a,1,USD\n"
              + "c,-250,USD\n";
      ReadResult r = read(csv, cents);
      assertThat(mrrs(r)).containsExactly("50.00", "49.99", "-2.50");
      assertThat(r.summary().reading().minorUnits()).isTrue();
    }

    @Test
    void yenHasNoMinorUnitAndBahrainiDinarsThree() throws IOException {
      assertThat(mrrs(read("customer_id,mrr,currency\na,4999,JPY\n", cents)))
          .containsExactly("4999");
      assertThat(mrrs(read("customer_id,mrr,currency\na,4999,BHD\nb,1,BHD\n", cents)))
          .containsExactly("4.999", "0.001");
      // The code written in the amount counts as the column would.
      assertThat(mrrs(read("customer_id,mrr\na,¥4999\n", cents))).containsExactly("4999");
    }

    @Test
    void withNoCurrencyTheUnitIsAHundredth() throws IOException {
      assertThat(mrrs(read("customer_id,mrr\na,4999\nb,5\n", cents)))
          .containsExactly("49.99", "0.05");
    }

    @Test
    void anAmountWithADecimalPointOrGroupingIsNonNumeric() throws IOException {
      ReadResult r = read("customer_id,mrr\na,49.99\nb,\"4,999\"\nc,4999\nd,12.\n", cents);
      assertThat(ids(r)).containsExactly("c");
      assertThat(tally(r, SkipReason.NON_NUMERIC_MRR).firstLines()).containsExactly(2L, 3L, 5L);
    }

    @Test
    void withADecimalCommaAGroupedAmountIsNonNumericToo() throws IOException {
      ReadOptions o = ReadOptions.builder().minorUnits(true).decimalComma(true).build();
      ReadResult r = read("customer_id;mrr\na;4.999\nb;49,99\nc;4999\n", o);
      assertThat(ids(r)).containsExactly("c");
      assertThat(mrrs(r)).containsExactly("49.99");
    }

    @Test
    void withArrColumnTheCentsAreAnnual() throws IOException {
      ReadOptions o = ReadOptions.builder().minorUnits(true).arrColumn("arr").build();
      ReadResult r = read("customer_id,arr\na,120000\n", o);
      assertThat(plainMrrs(r)).containsExactly("100");
      assertThat(r.customers().arr(0).toPlainString()).isEqualTo("1200.00");
    }
  }

  @Nested
  class Where {
    private static final String CSV =
        "customer_id,mrr,Status,Canceled At\n"
            + "a,10,active,\n"
            + "b,20,Trialing,\n"
            + "c,30, ACTIVE ,2026-10-01\n"
            + "d,40,past_due,\n"
            + "e,x,canceled,2026-09-01\n"
            + "f,y,active,\n";

    @Test
    void keepsRowsWhoseCellIsOneOfTheValuesIgnoringCaseAndSpaces() throws IOException {
      ReadOptions o = ReadOptions.builder().where("Status=active,past_due").build();
      ReadResult r = read(CSV, o);
      assertThat(ids(r)).containsExactly("a", "c", "d");
      assertThat(r.summary().filtered())
          .containsExactly(new FilterCount("Status=active,past_due", 2));
      // f is skipped (non-numeric), e filtered: filters come before the amount is read.
      assertThat(r.summary().rowsRead()).isEqualTo(6);
      assertThat(r.summary().skipped().total()).isEqualTo(1);
      assertThat(r.summary().rowsUsed()).isEqualTo(3);
    }

    @Test
    void notEqualDropsTheValuesAndAnEmptyValueMatchesAnEmptyCell() throws IOException {
      ReadOptions o =
          ReadOptions.builder().where("status != trialing, canceled").where("Canceled At=").build();
      ReadResult r = read(CSV, o);
      assertThat(ids(r)).containsExactly("a", "d");
      // b and e fail the first filter; c passes it and fails the second, counted there once.
      assertThat(r.summary().filtered())
          .containsExactly(
              new FilterCount("status != trialing, canceled", 2),
              new FilterCount("Canceled At=", 1));
      assertThat(r.summary().filteredTotal()).isEqualTo(3);
    }

    @Test
    void aFilterThatFiltersNothingIsStillCounted() throws IOException {
      ReadOptions o = ReadOptions.builder().where("4!=gone").build();
      ReadResult r = read(CSV, o);
      assertThat(r.summary().filtered()).containsExactly(new FilterCount("4!=gone", 0));
    }

    @Test
    void aColumnTheHeaderLacksIsADataErrorNamingTheOption() {
      ReadOptions o = ReadOptions.builder().where("Plan=pro").build();
      assertThatThrownBy(() -> read(CSV, o))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("--where \"Plan\" names no column among [customer_id, mrr,");
    }

    @Test
    void anExpressionWithoutEqualsOrColumnIsRefused() {
      assertThatThrownBy(() -> RowFilter.parse("Status"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("has no '='");
      assertThatThrownBy(() -> RowFilter.parse(" =active"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("names no column");
      RowFilter.Equality f = (RowFilter.Equality) RowFilter.parse("a=b=c,!=d");
      assertThat(f.column()).isEqualTo("a");
      assertThat(f.negated()).isFalse();
      assertThat(f.values()).containsExactly("b=c", "!=d");
    }
  }

  @Nested
  class Intervals {
    private final ReadOptions byInterval =
        ReadOptions.builder()
            .mrrColumn("Amount")
            .intervalColumn("Interval")
            .intervalCountColumn("Every")
            .quantityColumn("Qty")
            .build();

    @Test
    void eachRowIsMadeAnnualAndMrrIsATwelfthOfTheSum() throws IOException {
      String csv =
          "customer_id,Amount,Interval,Every,Qty\n"
              + "a,49.00,month,,1\n"
              + "a,10.00,Monthly,,3\n"
              + "b,1200,year,,\n"
              + "c,300, quarter ,1,2\n"
              + "d,25.00,week,,\n"
              + "e,100,day,,\n"
              + "f,100,month,3,\n"
              + "g,100,month,7,\n";
      ReadResult r = read(csv, byInterval);
      assertThat(r.summary().amountKind()).isEqualTo(AmountKind.ARR);
      assertThat(arrs(r))
          .containsExactly("948", "1200", "2400", "1300", "36500", "400", "171.428571");
      assertThat(plainMrrs(r))
          .containsExactly(
              "79", "100", "200", "108.333333", "3041.666667", "33.333333", "14.285714");
    }

    @Test
    void unknownIntervalsAndCountsAndBadQuantitiesAreSkippedWithTheirReasons() throws IOException {
      String csv =
          "customer_id,Amount,Interval,Every,Qty\n"
              + "a,10,fortnight,,\n"
              + "b,10,,,\n"
              + "c,10,month,0,\n"
              + "d,10,month,1.5,\n"
              + "e,10,month,,-1\n"
              + "f,10,month,,1,000\n"
              + "g,10,month,,two\n"
              + "h,10,month,0003,0.5\n"
              + "i,10,month,,.\n";
      ReadResult r = read(csv.replace("1,000", "\"1,000\""), byInterval);
      assertThat(ids(r)).containsExactly("h");
      assertThat(plainMrrs(r)).containsExactly("1.666667");
      assertThat(tally(r, SkipReason.INTERVAL).firstLines()).containsExactly(2L, 3L, 4L, 5L);
      assertThat(tally(r, SkipReason.QUANTITY).firstLines()).containsExactly(6L, 7L, 8L, 10L);
    }

    @Test
    void quantityAloneMultipliesAMonthlyAmount() throws IOException {
      ReadOptions o = ReadOptions.builder().quantityColumn("seats").build();
      ReadResult r = read("customer_id,mrr,seats\na,12.50,4\nb,9.99,0\nc,3,\n", o);
      assertThat(mrrs(r)).containsExactly("50.00", "0.00", "3.00");
      assertThat(r.summary().amountKind()).isEqualTo(AmountKind.MRR);
    }

    @Test
    void aValueTooLongForALongIsExact() throws IOException {
      ReadOptions o = ReadOptions.builder().quantityColumn("seats").build();
      ReadResult r =
          read("customer_id,mrr,seats\na,999999999999999999,1000\nb,0.12345678901234567890,3\n", o);
      assertThat(r.customers().wide()).isTrue();
      assertThat(mrrs(r))
          .containsExactly("999999999999999999000.00000000000000000000", "0.37037036703703703670");
    }

    @Test
    void aHugeCountOrQuantityIsStillExact() throws IOException {
      ReadOptions o =
          ReadOptions.builder()
              .intervalColumn("i")
              .intervalCountColumn("n")
              .quantityColumn("q")
              .build();
      ReadResult r =
          read(
              "customer_id,mrr,i,n,q\n"
                  + "a,1200,year,1000000000000000000000,1\n"
                  + "b,1,year,,0.0000000000000000000001\n",
              o);
      assertThat(arrs(r)).containsExactly("0", "0");
    }

    @Test
    void theIntervalColumnMustBeInTheHeader() {
      ReadOptions o = ReadOptions.builder().intervalColumn("Billing Period").build();
      assertThatThrownBy(() -> read("customer_id,mrr\na,1\n", o))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("--interval-column \"Billing Period\" names no column");
    }

    @Test
    void theCombinationsSpecRefusesAreUsageErrors() {
      assertThatThrownBy(() -> ReadOptions.builder().intervalCountColumn("n").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--interval-count-column needs --interval-column");
      assertThatThrownBy(() -> ReadOptions.builder().arrColumn("arr").intervalColumn("i").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--interval-column cannot be used with --arr-column");
      assertThatThrownBy(() -> ReadOptions.builder().arrColumn("arr").quantityColumn("q").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("--quantity-column cannot be used with --arr-column");
    }
  }

  @Nested
  class Hints {
    private static final String STRIPE =
        "id,Customer ID,Status,Interval,Amount\n"
            + "s1,a,active,month,10\n"
            + "s2,b,active,year,120\n"
            + "s3,c,trialing,month,10\n"
            + "s4,d,Past Due,month,10\n"
            + "s5,e,canceled,month,10\n"
            + "s6,f,active,month,10\n";

    @Test
    void aNonMrrColumnBesideAnIntervalColumnIsWarnedAbout() throws IOException {
      ReadResult r = read(STRIPE, ReadOptions.builder().mrrColumn("Amount").build());
      var hint = r.summary().intervalHint().orElseThrow();
      assertThat(hint.column()).isEqualTo("Interval");
      assertThat(hint.values().top())
          .containsExactly(new ValueCounts.Value("month", 5), new ValueCounts.Value("year", 1));
    }

    @Test
    void theWarningCountsOnlyRowsThatPassTheFiltersAndGoesWithTheIntervalColumn()
        throws IOException {
      ReadResult r =
          read(
              STRIPE,
              ReadOptions.builder().mrrColumn("Amount").where("Status=active,past due").build());
      assertThat(r.summary().intervalHint().orElseThrow().values().rows()).isEqualTo(4);
      assertThat(r.summary().statusNote()).isEmpty();
      ReadResult annual =
          read(STRIPE, ReadOptions.builder().mrrColumn("Amount").intervalColumn("4").build());
      assertThat(annual.summary().intervalHint()).isEmpty();
      ReadResult monthly =
          read(STRIPE, ReadOptions.builder().mrrColumn("Amount").where("Interval=month").build());
      assertThat(monthly.summary().intervalHint()).isEmpty();
      // An MRR name is trusted: no warning.
      ReadResult mrr = read(STRIPE.replace("Amount", "MRR"), ReadOptions.defaults());
      assertThat(mrr.summary().intervalHint()).isEmpty();
    }

    private static final String SEATS =
        "id,Customer ID,Qty,Interval,Interval_Count,Amount,Status\n"
            + "s1,a,1,month,3,4500.00,active\n"
            + "s2,b,10,month,1,49.00,active\n"
            + "s3,c,2,month,1,10.00,canceled\n";

    @Test
    void anUnusedQuantityOrIntervalCountColumnNotAllOnesIsNamedUnderAPriceReading()
        throws IOException {
      ReadResult r =
          read(
              SEATS,
              ReadOptions.builder()
                  .mrrColumn("Amount")
                  .intervalColumn("Interval")
                  .where("Status=active")
                  .build());
      var quantity = r.summary().factorHints().quantity().orElseThrow();
      assertThat(quantity.column()).isEqualTo("Qty");
      // Only the rows that pass the filters are counted.
      assertThat(quantity.values().top())
          .containsExactly(new ValueCounts.Value("1", 1), new ValueCounts.Value("10", 1));
      var count = r.summary().factorHints().intervalCount().orElseThrow();
      assertThat(count.column()).isEqualTo("Interval_Count");
      assertThat(count.values().top())
          .containsExactly(new ValueCounts.Value("1", 1), new ValueCounts.Value("3", 1));
      // --mrr-column naming no MRR name reads a price too.
      ReadResult mrrColumn = read(SEATS, ReadOptions.builder().mrrColumn("Amount").build());
      assertThat(mrrColumn.summary().factorHints().quantity()).isPresent();
      // The count is named only under --interval-column (SPEC): without it the interval is.
      assertThat(mrrColumn.summary().factorHints().intervalCount()).isEmpty();
    }

    @Test
    void noFactorHintWhenTheColumnIsNamedUsedAllOnesOrTheAmountIsMrr() throws IOException {
      ReadResult named =
          read(
              SEATS,
              ReadOptions.builder()
                  .mrrColumn("Amount")
                  .intervalColumn("Interval")
                  .quantityColumn("Qty")
                  .intervalCountColumn("Interval_Count")
                  .build());
      assertThat(named.summary().factorHints()).isEqualTo(FactorHints.NONE);
      ReadResult filtered =
          read(
              SEATS,
              ReadOptions.builder()
                  .mrrColumn("Amount")
                  .where("Qty=1")
                  .where("Interval_Count!=3")
                  .build());
      assertThat(filtered.summary().factorHints()).isEqualTo(FactorHints.NONE);
      ReadResult ones =
          read(
              "id,Customer ID,Seats,Billing Period Count,Interval,Amount\n"
                  + "s1,a,1,01,month,10\n"
                  + "s2,b,,1.0,year,120\n",
              ReadOptions.builder().mrrColumn("Amount").intervalColumn("Interval").build());
      assertThat(ones.summary().factorHints()).isEqualTo(FactorHints.NONE);
      ReadResult mrr =
          read(
              SEATS.replace("Amount", "MRR").replace(",Interval,", ",Plan,"),
              ReadOptions.defaults());
      assertThat(mrr.summary().factorHints()).isEqualTo(FactorHints.NONE);
    }

    @Test
    void aStatusColumnNoFilterNamesIsListedWithTheFilterThatKeepsPayingRows() throws IOException {
      // Canceled and trialing rows that pay make it a warning, which says what the note said.
      ReadResult r = read(STRIPE, ReadOptions.builder().mrrColumn("Amount").build());
      assertThat(r.summary().statusNote()).isEmpty();
      var warning =
          r.summary().readHints().stream()
              .filter(h -> h.kind().equals("status"))
              .findFirst()
              .orElseThrow();
      assertThat(warning.column()).contains("Status");
      assertThat(warning.text())
          .contains("active (3 rows)", "canceled (1)", "--where \"Status=active,Past Due\"");
    }

    @Test
    void aStatusColumnWithNoPayingValueGetsNoSuggestion() throws IOException {
      ReadResult r =
          read("customer_id,mrr,subscription_status\na,1,trialing\nb,2,\n", ReadOptions.defaults());
      var note = r.summary().statusNote().orElseThrow();
      assertThat(note.suggestedWhere()).isEmpty();
      assertThat(note.values().top())
          .containsExactly(new ValueCounts.Value("", 1), new ValueCounts.Value("trialing", 1));
    }

    @Test
    void moreThanTenValuesAreSummedUp() throws IOException {
      StringBuilder csv = new StringBuilder("customer_id,mrr,status\n");
      for (int i = 0; i < 14; i++) {
        csv.append("c").append(i).append(",1,s").append(i % 12).append('\n');
      }
      ValueCounts v =
          read(csv.toString(), ReadOptions.defaults()).summary().statusNote().get().values();
      assertThat(v.top()).hasSize(10);
      assertThat(v.top().get(0)).isEqualTo(new ValueCounts.Value("s0", 2));
      assertThat(v.otherValues()).isEqualTo(2);
      assertThat(v.otherRows()).isEqualTo(2);
      assertThat(v.rows()).isEqualTo(14);
      assertThat(Optional.of(v.capped())).contains(false);
    }
  }
}

package dev.segment.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.AmountKind;
import dev.segment.model.Customers;
import dev.segment.model.DataException;
import dev.segment.model.InputSummary;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerCsvReaderTest {

  static ReadResult read(String csv) throws IOException {
    return read(csv, ReadOptions.defaults());
  }

  static ReadResult read(String csv, ReadOptions options) throws IOException {
    return read(csv.getBytes(UTF_8), options);
  }

  static ReadResult read(byte[] bytes, ReadOptions options) throws IOException {
    return CustomerCsvReader.read(new ByteArrayInputStream(bytes), "customers.csv", options);
  }

  static List<String> ids(ReadResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.customers().size(); i++) {
      out.add(r.customers().id(i));
    }
    return out;
  }

  static List<String> mrrs(ReadResult r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.customers().size(); i++) {
      out.add(r.customers().mrr(i).toPlainString());
    }
    return out;
  }

  static SkippedRows.Tally tally(ReadResult r, SkipReason reason) {
    return r.summary().skipped().tallies().stream()
        .filter(t -> t.reason() == reason)
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class Basics {
    @Test
    void sumsRowsPerIdKeepingTheFirstNameAndEveryDecimal() throws IOException {
      ReadResult r =
          read(
              "customer_id,name,mrr\n"
                  + "a,,10\n"
                  + "b,Beta,5.25\n"
                  + "a,Alpha,1.5\n"
                  + "a,Later,0.125\n");
      Customers c = r.customers();
      assertThat(ids(r)).containsExactly("a", "b");
      assertThat(c.name(0)).isEqualTo("Alpha");
      assertThat(c.name(1)).isEqualTo("Beta");
      assertThat(c.scale()).isEqualTo(3);
      assertThat(mrrs(r)).containsExactly("11.625", "5.250");
      InputSummary s = r.summary();
      assertThat(s.rowsRead()).isEqualTo(4);
      assertThat(s.rowsUsed()).isEqualTo(4);
      assertThat(s.merged()).isEqualTo(2);
      assertThat(s.customers()).isEqualTo(2);
      assertThat(s.idColumn()).isEqualTo("customer_id");
      assertThat(s.amountColumn()).isEqualTo("mrr");
      assertThat(s.amountKind()).isEqualTo(AmountKind.MRR);
      assertThat(s.nameColumn()).isEqualTo("name");
      assertThat(s.delimiter()).isEqualTo(',');
      assertThat(s.currency()).isEmpty();
      assertThat(s.source()).isEqualTo("customers.csv");
    }

    @Test
    void idsAreTrimmedButOtherwiseExact() throws IOException {
      ReadResult r = read("id,mrr\n  acme ,1\nacme,2\nACME,4\n\"acme\t\",8\n");
      assertThat(ids(r)).containsExactly("acme", "ACME");
      assertThat(mrrs(r)).containsExactly("11", "4");
    }

    @Test
    void readsAnnualAmountsWithArrColumn() throws IOException {
      ReadResult r =
          read(
              "id,ARR,MRR\na,1200,999\na,120,999\nb,100,\n",
              ReadOptions.builder().arrColumn("ARR").build());
      assertThat(r.customers().readAsArr()).isTrue();
      assertThat(r.customers().arr(0)).isEqualByComparingTo("1320");
      assertThat(r.customers().mrr(0)).isEqualByComparingTo("110");
      assertThat(r.customers().mrr(1)).isEqualByComparingTo(new BigDecimal("8.333333"));
      assertThat(r.summary().amountKind()).isEqualTo(AmountKind.ARR);
      assertThat(r.summary().amountColumn()).isEqualTo("ARR");
    }

    @Test
    void arrColumnNeedsNoMrrColumn() throws IOException {
      ReadResult r =
          read("Account ID,Annual\nx,24\n", ReadOptions.builder().arrColumn("annual").build());
      assertThat(mrrs(r)).containsExactly("2");
    }

    @Test
    void headerOnlyGivesNoCustomers() throws IOException {
      ReadResult r = read("id,mrr\n");
      assertThat(r.customers().size()).isZero();
      assertThat(r.summary().rowsRead()).isZero();
    }

    @Test
    void emptyInputIsADataError() {
      assertThatThrownBy(() -> read(""))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("customers.csv: the input is empty");
      assertThatThrownBy(() -> read("\n\n  \n"))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("header row");
    }

    @Test
    void standardInputIsNamedInMessages() {
      assertThatThrownBy(
              () ->
                  CustomerCsvReader.read(
                      new ByteArrayInputStream("x,y\n".getBytes(UTF_8)),
                      "-",
                      ReadOptions.defaults()))
          .hasMessageStartingWith("standard input: no customer id column");
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkipped() throws IOException {
      ReadResult r = read("\n,,\nid,mrr\na,1\n");
      assertThat(ids(r)).containsExactly("a");
      assertThat(r.summary().blankLines()).isEqualTo(2);
    }

    @Test
    void amountsPastEighteenDigitsAreReadExactly() throws IOException {
      ReadResult r = read("id,mrr\na,1\nb,12345678901234567890\n");
      assertThat(r.customers().wide()).isTrue();
      assertThat(r.customers().mrr(1)).isEqualTo(new BigDecimal("12345678901234567890"));
    }

    @Test
    void sumsBeyondALongAreReadExactly() throws IOException {
      ReadResult r = read("id,mrr\na,999999999999999999\nb,0.5\n");
      assertThat(r.customers().mrr(0)).isEqualTo(new BigDecimal("999999999999999999.0"));
      assertThat(r.customers().mrr(1)).isEqualTo(new BigDecimal("0.5"));
    }

    @Test
    void readFailuresStayIoExceptions() {
      byte[] head = "id,mrr\na,1\n".getBytes(UTF_8);
      InputStream failing =
          new InputStream() {
            int pos;

            @Override
            public int read() throws IOException {
              if (pos < head.length) {
                return head[pos++];
              }
              throw new IOException("disk on fire");
            }
          };
      assertThatThrownBy(() -> CustomerCsvReader.read(failing, "x.csv", ReadOptions.defaults()))
          .isInstanceOf(IOException.class)
          .hasMessage("disk on fire");
      InputStream failingLater =
          new InputStream() {
            int pos;

            @Override
            public int read() throws IOException {
              if (pos < 200_000) {
                return pos++ < head.length ? head[pos - 1] : (pos % 10 == 0 ? '\n' : '7');
              }
              throw new IOException("network gone");
            }
          };
      assertThatThrownBy(
              () ->
                  CustomerCsvReader.read(
                      failingLater, "x.csv", ReadOptions.builder().delimiter(',').build()))
          .isInstanceOf(IOException.class)
          .hasMessage("network gone");
    }

    @Test
    void theStreamIsLeftOpenForItsOwner() throws IOException {
      boolean[] closed = {false};
      InputStream in =
          new ByteArrayInputStream("id,mrr\na,1\n".getBytes(UTF_8)) {
            @Override
            public void close() {
              closed[0] = true;
            }
          };
      CustomerCsvReader.read(in, "x.csv", ReadOptions.defaults());
      assertThat(closed[0]).isFalse();
    }

    @Test
    void optionsRejectContradictions() {
      assertThatThrownBy(() -> ReadOptions.builder().mrrColumn("a").arrColumn("b").build())
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ReadOptions.builder().delimiter('"').build())
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new KeepColumns(true, List.of("a")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(KeepColumns.NONE.none()).isTrue();
      assertThat(KeepColumns.ALL.none()).isFalse();
    }
  }

  @Nested
  class Text {
    @Test
    void ignoresAUtf8ByteOrderMark() throws IOException {
      byte[] body = "customer_id,mrr\na,1\n".getBytes(UTF_8);
      byte[] bytes = new byte[body.length + 3];
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
      System.arraycopy(body, 0, bytes, 3, body.length);
      ReadResult r = read(bytes, ReadOptions.defaults());
      assertThat(r.summary().idColumn()).isEqualTo("customer_id");
      assertThat(ids(r)).containsExactly("a");
    }

    @Test
    void readsOtherEncodings() throws IOException {
      Charset cp1252 = Charset.forName("windows-1252");
      byte[] bytes = "id;name;mrr\n1;Société Générale;€ 12,50\n".getBytes(cp1252);
      ReadResult r = read(bytes, ReadOptions.builder().encoding(cp1252).decimalComma(true).build());
      assertThat(r.customers().name(0)).isEqualTo("Société Générale");
      assertThat(mrrs(r)).containsExactly("12.50");
      assertThat(r.summary().currency()).isEqualTo("EUR");
    }

    @Test
    void namesTheLineOfBytesInvalidInTheEncoding() {
      byte[] bytes =
          "id,name,mrr\r\na,x,1\r\n\"b\nc\",Soci\u00e9t\u00e9,2\n"
              .getBytes(Charset.forName("ISO-8859-1"));
      assertThatThrownBy(() -> read(bytes, ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageStartingWith("customers.csv: line 4: the bytes 0xE9")
          .hasMessageContaining("not valid UTF-8")
          .hasMessageContaining("--encoding");
    }

    @Test
    void aTruncatedSequenceAtTheEndIsInvalid() {
      byte[] body = "id,mrr\na,1\n".getBytes(UTF_8);
      byte[] bytes = java.util.Arrays.copyOf(body, body.length + 1);
      bytes[body.length] = (byte) 0xE2;
      assertThatThrownBy(() -> read(bytes, ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageStartingWith("customers.csv: line 3: the bytes 0xE2");
    }

    @Test
    void namesTheLineOfANulByte() {
      assertThatThrownBy(() -> read("id,mrr\na,1\nb,2\u0000\n"))
          .isInstanceOf(DataException.class)
          .hasMessageStartingWith("customers.csv: line 3: the input holds a NUL byte");
    }

    @Test
    void aUtf16FileReadAsUtf8FailsOnItsNulBytes() {
      byte[] bytes = "id,mrr\na,1\n".getBytes(Charset.forName("UTF-16LE"));
      assertThatThrownBy(() -> read(bytes, ReadOptions.defaults()))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("line 1: the input holds a NUL byte")
          .hasMessageContaining("--encoding UTF-16");
    }

    @Test
    void readsUtf16WhenTold() throws IOException {
      byte[] bytes = "id,mrr\na,1\n".getBytes(Charset.forName("UTF-16"));
      ReadResult r = read(bytes, ReadOptions.builder().encoding(Charset.forName("UTF-16")).build());
      assertThat(mrrs(r)).containsExactly("1");
    }

    @Test
    void namesTheLineOfAnUnterminatedQuote() {
      assertThatThrownBy(() -> read("id,name,mrr\na,x,1\n\nb,\"Acme, Inc,2\nc,y,3\n"))
          .isInstanceOf(DataException.class)
          .hasMessageStartingWith("customers.csv: line 4: a quoted field is never closed");
    }

    @Test
    void handlesQuotesEmbeddedDelimitersNewlinesAndCrlf() throws IOException {
      String csv =
          "\"Customer ID\",\"Name\",\"MRR\"\r\n"
              + "\"c1\",\"Acme, \"\"The\"\" Company\",\"1,000.00\"\r\n"
              + "c2,\"Multi\r\nline\nname\",5\r\n"
              + "c3,,\r\n"
              + "c4,5\" screen,7\r\n";
      ReadResult r = read(csv);
      assertThat(ids(r)).containsExactly("c1", "c2", "c4");
      assertThat(r.customers().name(0)).isEqualTo("Acme, \"The\" Company");
      assertThat(r.customers().name(1)).isEqualTo("Multi\r\nline\nname");
      assertThat(r.customers().name(2)).isEqualTo("5\" screen");
      assertThat(mrrs(r)).containsExactly("1000.00", "5.00", "7.00");
      // c2 spans lines 3-5, so c3 is on line 6.
      assertThat(tally(r, SkipReason.EMPTY_MRR).firstLines()).containsExactly(6L);
    }

    @Test
    void keepsCharactersAfterAClosingQuote() throws IOException {
      ReadResult r = read("id,name,mrr\na,\"Acme\" Inc,1\n");
      assertThat(r.customers().name(0)).isEqualTo("Acme Inc");
    }
  }

  @Nested
  class Delimiters {
    @Test
    void sniffsSemicolonTabAndPipe() throws IOException {
      assertThat(
              read("id;mrr\na;1,5\n", ReadOptions.builder().decimalComma(true).build())
                  .summary()
                  .delimiter())
          .isEqualTo(';');
      assertThat(read("id\tname\tmrr\na\tA, Inc\t1\n").summary().delimiter()).isEqualTo('\t');
      assertThat(read("id|mrr\na|1\n").summary().delimiter()).isEqualTo('|');
      assertThat(read("id,mrr\na,1\n").summary().delimiter()).isEqualTo(',');
    }

    @Test
    void ignoresDelimitersInsideQuotedHeaderCells() throws IOException {
      ReadResult r =
          read(
              "\"id;x\",\"mrr;y\"\n\"a;b\",1\n",
              ReadOptions.builder().idColumn("1").mrrColumn("2").build());
      assertThat(r.summary().delimiter()).isEqualTo(',');
      assertThat(ids(r)).containsExactly("a;b");
    }

    @Test
    void prefersTheCandidateTheRowsAgreeWith() throws IOException {
      // The header holds one comma and one semicolon; only the semicolon splits every row alike.
      ReadResult r =
          read(
              "id;MRR (1,000s)\na;1\nb;2,5\nc;3\n",
              ReadOptions.builder().mrrColumn("2").decimalComma(true).build());
      assertThat(r.summary().delimiter()).isEqualTo(';');
      assertThat(mrrs(r)).containsExactly("1.0", "2.5", "3.0");
    }

    @Test
    void aGivenDelimiterWins() throws IOException {
      String csv = "customer_id,a;b;c;d,mrr\nq,w;x;y;z,1\n";
      assertThatThrownBy(() -> read(csv)).hasMessageContaining("[customer_id,a, b, c, d,mrr]");
      ReadResult r = read(csv, ReadOptions.builder().delimiter(',').build());
      assertThat(r.summary().delimiter()).isEqualTo(',');
      assertThat(ids(r)).containsExactly("q");
    }
  }

  @Nested
  class Columns {
    @Test
    void aSpecificIdNameBeatsTheBareId() throws IOException {
      ReadResult r = read("id,Customer ID,MRR\nsub_1,cus_1,5\nsub_2,cus_1,6\n");
      assertThat(r.summary().idColumn()).isEqualTo("Customer ID");
      assertThat(ids(r)).containsExactly("cus_1");
    }

    @Test
    void twoSpecificIdsAreAmbiguous() {
      assertThatThrownBy(() -> read("Customer ID,account_id,MRR\na,b,1\n"))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "customers.csv: more than one id column among [Customer ID, account_id, MRR]"
                  + " (Customer ID (column 1), account_id (column 2)); pick one with --id-column"
                  + " NAME or a 1-based index");
    }

    @Test
    void twoMrrColumnsAreAmbiguous() {
      assertThatThrownBy(() -> read("id,MRR,mrr_usd\na,1,1\n"))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("more than one MRR column among [id, MRR, mrr_usd]")
          .hasMessageContaining("--mrr-column");
      assertThatThrownBy(() -> read("id,MRR,x,MRR\na,1,,1\n"))
          .hasMessageContaining("MRR (column 2), MRR (column 4)");
    }

    @Test
    void acceptsMrrWithAnIsoCurrencyCodeOnly() throws IOException {
      assertThat(read("id,MRR (EUR)\na,1\n").summary().amountColumn()).isEqualTo("MRR (EUR)");
      assertThat(read("id,mrr_usd\na,1\n").summary().amountColumn()).isEqualTo("mrr_usd");
      assertThat(read("id,Current MRR\na,1\n").summary().amountColumn()).isEqualTo("Current MRR");
      assertThat(read("id,Monthly Recurring Revenue\na,1\n").summary().amountColumn())
          .isEqualTo("Monthly Recurring Revenue");
      assertThat(read("id,mrr-amount\na,1\n").summary().amountColumn()).isEqualTo("mrr-amount");
      assertThatThrownBy(() -> read("id,mrr_xyz\na,1\n"))
          .hasMessageContaining("no MRR column found");
      assertThatThrownBy(() -> read("id,new mrr\na,1\n"))
          .hasMessageContaining("no MRR column found");
    }

    @Test
    void anArrColumnBesideOneMrrColumnIsNoAmbiguity() throws IOException {
      ReadResult r = read("id,ARR,MRR\na,12,1\n");
      assertThat(r.summary().amountColumn()).isEqualTo("MRR");
      assertThat(mrrs(r)).containsExactly("1");
    }

    @Test
    void noMrrColumnListsTheHeaderAndTheOption() {
      assertThatThrownBy(
              () ->
                  read(
                      "Customer,Plan,Amount\nx,y,1\n",
                      ReadOptions.builder().idColumn("Customer").build()))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "customers.csv: no MRR column found among [Customer, Plan, Amount]; name it with"
                  + " --mrr-column NAME or a 1-based index");
      assertThatThrownBy(() -> read("id,ARR\nx,1\n"))
          .hasMessageContaining("read it with --arr-column \"ARR\" (MRR = ARR / 12)");
    }

    @Test
    void noIdColumnListsTheHeaderAndTheOption() {
      assertThatThrownBy(() -> read("Customer,MRR\nx,1\n"))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "customers.csv: no customer id column found among [Customer, MRR]; name it with"
                  + " --id-column NAME or a 1-based index");
    }

    @Test
    void overridesMatchExactlyThenNormalisedThenByIndex() throws IOException {
      String csv = "Acct,Rev,Plan,Company\na,1,p,Acme\n";
      ReadResult exact = read(csv, ReadOptions.builder().idColumn("Acct").mrrColumn("Rev").build());
      assertThat(exact.summary().idColumn()).isEqualTo("Acct");
      assertThat(exact.summary().nameColumn()).isEqualTo("Company");
      ReadResult loose =
          read(csv, ReadOptions.builder().idColumn("ACCT ").mrrColumn("rev").build());
      assertThat(loose.summary().amountColumn()).isEqualTo("Rev");
      ReadResult index =
          read(csv, ReadOptions.builder().idColumn("1").mrrColumn("2").nameColumn("3").build());
      assertThat(index.customers().name(0)).isEqualTo("p");
      assertThat(index.summary().nameColumn()).isEqualTo("Plan");
    }

    @Test
    void anExactHeaderNameBeatsAnIndex() throws IOException {
      ReadResult r = read("id,2,mrr\na,5,7\n", ReadOptions.builder().mrrColumn("2").build());
      assertThat(mrrs(r)).containsExactly("5");
    }

    @Test
    void anIndexPastTheHeaderIsADataError() {
      assertThatThrownBy(() -> read("id,mrr\na,1\n", ReadOptions.builder().mrrColumn("3").build()))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "customers.csv: --mrr-column 3 is outside the header's 2 columns [id, mrr]; use an"
                  + " index from 1 to 2 or a header name");
      assertThatThrownBy(() -> read("id,mrr\na,1\n", ReadOptions.builder().idColumn("0").build()))
          .hasMessageContaining("--id-column 0 is outside");
    }

    @Test
    void anUnknownOrAmbiguousOverrideIsADataError() {
      assertThatThrownBy(
              () -> read("id,mrr\na,1\n", ReadOptions.builder().mrrColumn("Rev").build()))
          .hasMessage(
              "customers.csv: --mrr-column \"Rev\" names no column among [id, mrr]; use a header"
                  + " name or a 1-based index");
      assertThatThrownBy(
              () -> read("id,Amt,amt\na,1,2\n", ReadOptions.builder().mrrColumn("AMT").build()))
          .hasMessageContaining("--mrr-column \"AMT\" matches more than one column")
          .hasMessageContaining("use a 1-based index");
    }

    @Test
    void theIdAndAmountCannotBeOneColumn() {
      assertThatThrownBy(() -> read("id,mrr\na,1\n", ReadOptions.builder().idColumn("2").build()))
          .isInstanceOf(DataException.class)
          .hasMessageContaining("are both mrr (column 2)");
    }

    @Test
    void theNameColumnFollowsSpecOrderAndIsNeverTheIdColumn() throws IOException {
      assertThat(read("id,account,company,mrr\na,x,y,1\n").summary().nameColumn())
          .isEqualTo("company");
      assertThat(read("id,Customer,Customer Name,mrr\na,x,y,1\n").summary().nameColumn())
          .isEqualTo("Customer Name");
      ReadResult r =
          read("Customer,mrr\nAcme,1\n", ReadOptions.builder().idColumn("Customer").build());
      assertThat(r.summary().nameColumn()).isEmpty();
      assertThat(r.customers().name(0)).isEmpty();
    }

    @Test
    void otherDuplicateHeadersAreHarmless() throws IOException {
      ReadResult r =
          read(
              "id,note,mrr,note\na,first,1,second\n",
              ReadOptions.builder().keep(KeepColumns.ALL).build());
      assertThat(r.customers().keptHeaders()).containsExactly("note", "note");
      assertThat(r.customers().kept(0, 0)).isEqualTo("first");
      assertThat(r.customers().kept(0, 1)).isEqualTo("second");
    }
  }

  @Nested
  class Rows {
    @Test
    void skipsAndCountsUnusableRowsByLine() throws IOException {
      String csv =
          "id,name,mrr\n" // 1
              + "a,A,10\n" // 2
              + ",B,5\n" // 3 missing id
              + "c,C,\n" // 4 empty
              + "d,D,n/a\n" // 5 non-numeric
              + "e,E,NaN\n" // 6 non-numeric
              + "f,Acme, Inc,7\n" // 7 shifted
              + "g,G,8,,\n" // 8 extra empty cells: fine
              + "h,H\n" // 9 fewer cells: empty MRR
              + "\n" // 10 blank
              + "   \n" // 11 blank
              + "i,I,Infinity\n" // 12
              + "  ,I,3\n"; // 13 missing id
      ReadResult r = read(csv);
      assertThat(ids(r)).containsExactly("a", "g");
      InputSummary s = r.summary();
      assertThat(s.rowsRead()).isEqualTo(10);
      assertThat(s.rowsUsed()).isEqualTo(2);
      assertThat(s.blankLines()).isEqualTo(2);
      assertThat(tally(r, SkipReason.MISSING_ID).firstLines()).containsExactly(3L, 13L);
      assertThat(tally(r, SkipReason.EMPTY_MRR).firstLines()).containsExactly(4L, 9L);
      assertThat(tally(r, SkipReason.NON_NUMERIC_MRR).firstLines()).containsExactly(5L, 6L, 12L);
      assertThat(tally(r, SkipReason.SHIFTED_COLUMNS).firstLines()).containsExactly(7L);
    }

    @Test
    void keepsTheFirstFiveLinesAndCountsAll() throws IOException {
      StringBuilder csv = new StringBuilder("id,mrr\n");
      for (int i = 0; i < 20; i++) {
        csv.append("x,bad\n");
      }
      SkippedRows.Tally t = tally(read(csv.toString()), SkipReason.NON_NUMERIC_MRR);
      assertThat(t.count()).isEqualTo(20);
      assertThat(t.firstLines()).containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void keptColumnsComeFromTheFirstRowThatHasThem() throws IOException {
      ReadResult r =
          read(
              "id,plan,mrr,region,name\na,,1,EU,\na,Pro,2,US,Acme\n",
              ReadOptions.builder().keep(KeepColumns.of(List.of("region", "plan"))).build());
      assertThat(r.customers().keptHeaders()).containsExactly("plan", "region");
      assertThat(r.customers().kept(0, 0)).isEqualTo("Pro");
      assertThat(r.customers().kept(0, 1)).isEqualTo("EU");
      assertThat(r.customers().name(0)).isEqualTo("Acme");
    }

    @Test
    void keepAllTakesEveryOtherColumnInInputOrder() throws IOException {
      ReadResult r =
          read(
              "Plan,Customer ID,Company,MRR,,Region\np,a,Acme,1,z,EU\n",
              ReadOptions.builder().keep(KeepColumns.ALL).build());
      assertThat(r.customers().keptHeaders()).containsExactly("Plan", "Region");
      assertThat(r.customers().kept(0, 1)).isEqualTo("EU");
    }

    @Test
    void keepingADuplicatedHeaderNameKeepsEachColumnInPlace() throws IOException {
      ReadResult r =
          read(
              "id,region,mrr,region\na,EU,1,West\n",
              ReadOptions.builder().keep(KeepColumns.of(List.of("region"))).build());
      assertThat(r.customers().keptHeaders()).containsExactly("region", "region");
      assertThat(r.customers().kept(0, 0)).isEqualTo("EU");
      assertThat(r.customers().kept(0, 1)).isEqualTo("West");
    }

    @Test
    void keepingAnUnknownColumnListsTheColumns() {
      assertThatThrownBy(
              () ->
                  read(
                      "id,mrr,plan\na,1,p\n",
                      ReadOptions.builder().keep(KeepColumns.of(List.of("region"))).build()))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "customers.csv: --keep-columns \"region\" names no column among [id, mrr, plan];"
                  + " use a header name or a 1-based index");
    }
  }

  @Nested
  class Footers {
    @Test
    void totalRowsAndTheNotesAfterThemAreFooterLines() throws IOException {
      String csv =
          "Account Name,Account ID,MRR\n"
              + "Acme,1,\"$1,000.00\"\n"
              + "Total Wine & More,2,$50.00\n"
              + "\n"
              + "Grand Totals (2 records),,\"$1,050.00\"\n"
              + "\n"
              + "\"Confidential Information - Do Not Distribute\"\n"
              + "\"Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.\"\n"
              + "Generated by HubSpot,,\n";
      ReadResult r = read(csv);
      assertThat(ids(r)).containsExactly("1", "2");
      assertThat(r.customers().name(1)).isEqualTo("Total Wine & More");
      InputSummary s = r.summary();
      assertThat(s.footerLines()).isEqualTo(4);
      assertThat(s.blankLines()).isEqualTo(2);
      assertThat(s.rowsRead()).isEqualTo(2);
      assertThat(s.skipped().isEmpty()).isTrue();
      assertThat(s.currency()).isEqualTo("USD");
    }

    @Test
    void aFullRowAfterATotalIsDataAgain() throws IOException {
      String csv =
          "id,mrr\n" + "a,1\n" + "Subtotal:,1\n" + "b,2\n" + "note only\n" + "TOTAL,3\n" + "c\n";
      ReadResult r = read(csv);
      assertThat(ids(r)).containsExactly("a", "b");
      assertThat(r.summary().footerLines()).isEqualTo(3);
      // "note only" is not after a total, so it is a row with an empty MRR.
      assertThat(tally(r, SkipReason.EMPTY_MRR).firstLines()).containsExactly(5L);
    }

    @Test
    void theTotalLabelIsTheFirstNonEmptyCellWhateverTheOtherCellsHold() throws IOException {
      ReadResult r = read("name,id,mrr\nx,a,1\n,Totals,99\n  ,  grand   total : ,\n");
      assertThat(ids(r)).containsExactly("a");
      assertThat(r.summary().footerLines()).isEqualTo(2);
    }
  }

  @Nested
  class Currency {
    @Test
    void readsTheCurrencyColumnAndSigns() throws IOException {
      assertThat(read("id,mrr,currency\na,1,usd\nb,2, USD\nc,$3,\n").summary().currency())
          .isEqualTo("USD");
      assertThat(read("id,mrr,Currency Code\na,1,eur\n").summary().currency()).isEqualTo("EUR");
      assertThat(read("id,MRR,MRR Currency\na,1,GBP\n").summary().currency()).isEqualTo("GBP");
      assertThat(
              read(
                      "id,ARR,ARR Currency\na,12,JPY\n",
                      ReadOptions.builder().arrColumn("ARR").build())
                  .summary()
                  .currency())
          .isEqualTo("JPY");
      assertThat(read("id,mrr\na,£1\n").summary().currency()).isEqualTo("GBP");
    }

    @Test
    void mixedCurrenciesAreADataErrorNamingThem() {
      assertThatThrownBy(() -> read("id,mrr,currency\na,1,USD\nb,2,usd\nc,3,EUR\n"))
          .isInstanceOf(DataException.class)
          .hasMessage(
              "customers.csv: mixed currencies: EUR, USD (EUR first on line 4, USD first on line"
                  + " 2); segment never adds amounts in different currencies: give each one's rate"
                  + " with --rates and --base-currency (--rates EUR=1.0823 --base-currency USD), or"
                  + " split the file by currency");
      assertThatThrownBy(() -> read("id,mrr,currency\na,€1,USD\n"))
          .hasMessageContaining("mixed currencies: EUR, USD");
      assertThatThrownBy(() -> read("id,mrr\na,€1\nb,£2\n"))
          .hasMessageContaining("mixed currencies: EUR, GBP");
    }

    @Test
    void skippedRowsDoNotCountTowardsTheCurrency() throws IOException {
      ReadResult r = read("id,mrr,currency\na,1,USD\n,2,EUR\nc,,EUR\n");
      assertThat(r.summary().currency()).isEqualTo("USD");
    }
  }
}

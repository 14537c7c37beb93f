package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Customers;
import dev.segment.model.Rates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in parts on several threads gives exactly what one pass gives, down to the skipped
 * rows' line numbers and every error message, whatever the cuts fall on.
 */
class PartedReadTest {
  @TempDir Path dir;

  /** Everything a read gave, or the error it stopped with, as text to compare. */
  static String outcome(Path file, ReadOptions options, int parts) {
    try {
      if (parts == 1) {
        try (var in = Files.newInputStream(file)) {
          return describe(CustomerCsvReader.read(in, file.toString(), options));
        }
      }
      return describe(CustomerCsvReader.read(file, file.toString(), options, n -> {}, parts, 0));
    } catch (IOException | RuntimeException e) {
      return "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static String describe(ReadResult r) {
    StringBuilder s = new StringBuilder(r.summary().toString()).append('\n');
    Customers c = r.customers();
    s.append("scale ").append(c.scale()).append(" arr ").append(c.readAsArr());
    s.append(" wide ").append(c.wide()).append('\n');
    for (int i = 0; i < c.size(); i++) {
      s.append(c.id(i)).append('|').append(c.name(i)).append('|').append(c.wideMrr(i));
      s.append('|').append(c.arr(i)).append('|').append(c.accounts(i));
      for (int k = 0; k < c.keptHeaders().size(); k++) {
        s.append('|').append(c.kept(i, k));
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static void assertSameInParts(Path file, ReadOptions options) {
    String onePass = outcome(file, options, 1);
    for (int parts = 2; parts <= 5; parts++) {
      assertThat(outcome(file, options, parts))
          .as("%s in %d parts", file, parts)
          .isEqualTo(onePass);
    }
  }

  @Test
  void everyTestFileReadsTheSameInParts() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(Path.of("src/test/resources"))) {
      all.filter(p -> p.toString().matches(".*\\.(csv|tsv|txt)$")).forEach(files::add);
    }
    files.add(Path.of("samples/customers-2000.csv"));
    assertThat(files).hasSizeGreaterThan(30);
    for (Path file : files) {
      assertSameInParts(file, ReadOptions.defaults());
    }
    ReadOptions windows = ReadOptions.builder().encoding(Charset.forName("windows-1252")).build();
    assertSameInParts(Path.of("src/test/resources/io/excel-fr-windows-1252.csv"), windows);
  }

  @Test
  void accountTreesAcrossPartsRollUpAsInOnePass() throws IOException {
    // Children first, their parents' rows thousands of lines later, in other parts; an id whose
    // rows name two parents, a skipped row that links, a holding with no row, kept values.
    StringBuilder csv = new StringBuilder("Account ID,Name,Parent,MRR,Owner\n");
    for (int i = 0; i < 6000; i++) {
      csv.append("kid").append(i).append(",Kid ").append(i).append(",mid").append(i % 40);
      csv.append(',').append(i % 97).append('.').append(i % 10).append(",o").append(i % 5);
      csv.append('\n');
      if (i % 1500 == 7) {
        csv.append("kid3,,hold").append(i).append(",1,\n");
      }
    }
    for (int m = 0; m < 40; m++) {
      csv.append("mid").append(m).append(",Mid ").append(m).append(",top").append(m % 3);
      csv.append(m % 2 == 0 ? ",," : ",5,").append("\n");
    }
    csv.append("top0,Top Zero,,100,boss\ntop1,,top1,7.125,\n");
    Path file = write(csv.toString());
    ReadOptions options =
        ReadOptions.builder().parentColumn("Parent").keep(KeepColumns.ALL).build();
    assertThat(PartedRead.read(file, Files.size(file), "f.csv", options, n -> {}, 3)).isNotNull();
    assertSameInParts(file, options);
    assertThat(outcome(file, options, 1))
        .contains(
            "rollUp=Optional[RollUp[column=Parent, accounts=6020, parents=7, levels=2, parentsWithoutRow=5]");
    // A cycle is met at the end, whatever the parts.
    Path cycle = write(csv + "top2,Top Two,mid5,1,\n");
    assertSameInParts(cycle, options);
    assertThat(outcome(cycle, options, 3)).contains("cycle: mid5 → top2 → mid5;");
  }

  @Test
  void aCleanFileIsReallyReadInParts() throws IOException {
    Path file = write(rows(5000, "\n"));
    assertThat(PartedRead.read(file, Files.size(file), "f.csv", ReadOptions.defaults(), n -> {}, 3))
        .isNotNull();
    assertSameInParts(file, ReadOptions.defaults());
  }

  @Test
  void aCutInsideAQuotedFieldIsNotUsedAndOnePassReadsTheFile() throws IOException {
    // The middle of the file is one long quoted name of many lines: the cut falls inside it.
    StringBuilder csv = new StringBuilder("customer_id,name,mrr\n");
    csv.append("c1,\"").append("a line of a long note\n".repeat(2000)).append("\",10\n");
    csv.append("c2,Beta,20\n");
    Path file = write(csv.toString());
    assertThat(PartedRead.read(file, Files.size(file), "f.csv", ReadOptions.defaults(), n -> {}, 2))
        .isNull();
    assertSameInParts(file, ReadOptions.defaults());
    assertThat(outcome(file, ReadOptions.defaults(), 2)).contains("rowsUsed=2");
  }

  @Test
  void errorsInALaterPartReadAsInOnePass() throws IOException {
    String good = rows(3000, "\r\n");
    byte[] head = good.getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'x', ',', 'y', ',', (byte) 0xC3, (byte) 0x28, '\r', '\n'};
    byte[] file = new byte[head.length + bad.length];
    System.arraycopy(head, 0, file, 0, head.length);
    System.arraycopy(bad, 0, file, head.length, bad.length);
    Path badBytes = dir.resolve("bad-bytes.csv");
    Files.write(badBytes, file);
    assertSameInParts(badBytes, ReadOptions.defaults());
    assertThat(outcome(badBytes, ReadOptions.defaults(), 3)).contains("line 3002");

    assertSameInParts(write(good + "c9,\"never closed,5\r\nc10,x,1\r\n"), ReadOptions.defaults());
    assertSameInParts(write(good + "c9,x,1234567890123456789\r\n"), ReadOptions.defaults());
    assertSameInParts(write(good + "c9,x,EUR 5\r\n"), ReadOptions.defaults());
    assertSameInParts(write(good.replace("c2000,", "c2000,\"")), ReadOptions.defaults());
  }

  @Test
  void aTotalRowBeforeACutIsReadAsInOnePass() throws IOException {
    // A total with notes in the middle of the file (a report of two groups).
    String csv =
        rows(2000, "\n") + "Total,,99\nGenerated by CRM\n" + rows(2000, "\n").substring(21);
    assertSameInParts(write(csv), ReadOptions.defaults());
  }

  @Test
  void sumsPastALongOnlyWhenPartsAreAddedReadAsInOnePass() throws IOException {
    String big = "9" + "0".repeat(17);
    String csv = "customer_id,name,mrr\n" + ("c1,x," + big + "\n").repeat(2000);
    assertSameInParts(write(csv), ReadOptions.defaults());
  }

  @Test
  void sumsPastALongPartWayReadAsInOnePass() throws IOException {
    // One pass passes a long's limit on the 11th row of c1 and goes wide there; in parts the
    // second part's rows cancel out and the parts' totals fit. Both must reach the wide form.
    String big = "9" + "0".repeat(17);
    String rows =
        ("c1,x," + big + "\n").repeat(6)
            + ("c1,x," + big + "\n").repeat(5)
            + ("c1,x,-" + big + "\n").repeat(5);
    String padding = rows(3000, "\n").substring("customer_id,name,mrr\n".length());
    Path file = write("customer_id,name,mrr\n" + padding + rows + padding);
    assertThat(outcome(file, ReadOptions.defaults(), 1))
        .contains("wide true")
        .contains("c1|Name 1|54000000000000000742|");
    assertSameInParts(file, ReadOptions.defaults());
    // A row with more decimals rescales the sums so far: one pass may overflow there.
    String rescale = ("c1,x,90000000000000000\n").repeat(8) + "c2,x,0.01\n";
    assertSameInParts(
        write("customer_id,name,mrr\n" + padding + rescale + padding), ReadOptions.defaults());
  }

  @Test
  void aNamedPipeIsReadAsAStream() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    String csv = rows(100, "\n");
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, csv, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.start();
    ReadResult r = CustomerCsvReader.read(fifo, "pipe.csv", ReadOptions.defaults(), n -> {}, 2, 0);
    writer.join();
    assertThat(r.customers().size()).isEqualTo(100);
  }

  /** A header and {@code n} rows of distinct customers with varied amounts. */
  @Test
  void ratesConvertTheSameInParts() throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,name,mrr,currency\n");
    String[] codes = {"USD", "EUR", "GBP", "", "JPY"};
    for (int i = 1; i <= 9000; i++) {
      csv.append('c').append(i % 2500).append(",N,").append(i * 37 % 1000).append('.');
      csv.append(i % 100).append(',').append(codes[i % codes.length]).append('\n');
    }
    Path file = write(csv.toString());
    ReadOptions options =
        ReadOptions.builder()
            .rates(
                new Rates(
                    "USD",
                    Map.of(
                        "EUR", new BigDecimal("1.0823"),
                        "GBP", new BigDecimal("1.27104567"),
                        "JPY", new BigDecimal("0.0067"))))
            .build();
    assertThat(outcome(file, options, 1)).contains("CurrencyTable[base=USD");
    assertSameInParts(file, options);
  }

  @Test
  void wideAmountsReadTheSameInParts() throws IOException {
    String padding = rows(3000, "\n").substring("customer_id,name,mrr\n".length());
    // In the first part only, the middle part only, and the last part only: the form and the
    // scale reached in one part must carry to the others' sums.
    String wide = "c7,x,0.12345678901234567\nc8,y,1234567890123456789012345\n";
    for (String csv :
        List.of(
            "customer_id,name,mrr\n" + wide + padding + padding + padding,
            "customer_id,name,mrr\n" + padding + wide + padding + padding,
            "customer_id,name,mrr\n" + padding + padding + padding + wide)) {
      Path file = write(csv);
      assertThat(outcome(file, ReadOptions.defaults(), 1)).contains("wide true");
      assertSameInParts(file, ReadOptions.defaults());
    }
    Path annual = write("customer_id,name,arr\n" + padding + wide.replace(",x,", ",x,-") + padding);
    assertSameInParts(annual, ReadOptions.defaults());
  }

  private static String rows(int n, String newline) {
    StringBuilder s = new StringBuilder("customer_id,name,mrr" + newline);
    for (int i = 1; i <= n; i++) {
      s.append('c').append(i).append(",Name ").append(i % 7).append(',');
      s.append(i * 37 % 1000).append('.').append(i % 10).append(newline);
    }
    return s.toString();
  }

  private Path write(String csv) {
    try {
      Path file = Files.createTempFile(dir, "parted", ".csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Random files with everything that carries state from row to row or part to part.

  record Row(int kind, int id, long amount, int decimals, boolean quoted, int name) {
    /** With a parent column: an account above this one (so no cycle), a holding, or none. */
    String text(String newline, boolean parents) {
      String line = text(newline);
      if (!parents || kind == 7 || kind == 8 || kind == 9) {
        return line;
      }
      String parent =
          switch (name) {
            case 0, 1 -> "";
            case 2 -> "c" + id;
            case 3 -> "holding" + id % 4;
            default -> "c" + (id + name);
          };
      return line + "," + parent;
    }

    String text(String newline) {
      String money =
          new java.math.BigDecimal(java.math.BigInteger.valueOf(amount), decimals).toPlainString();
      String cell = quoted ? "\"$" + money + "\"" : money;
      String nameCell =
          switch (name) {
            case 0 -> "";
            case 1 -> "\"Multi" + newline + "line, Inc\"";
            case 2 -> "Ünïcødé " + id;
            default -> "N" + name;
          };
      return switch (kind) {
        case 0, 1, 2, 3, 4 -> "c" + id + "," + nameCell + "," + cell + ",k" + (id % 3);
        case 5 -> " ," + nameCell + "," + cell + ",";
        case 6 -> "c" + id + ",x,12abc,";
        case 7 -> "";
        case 8 -> "Total,,," + money;
        case 9 -> "Generated by the CRM";
        case 10 -> "c" + id + ",x," + money + " EUR,";
        default -> "c" + id + ",Acme, Inc," + money + ",k,extra";
      };
    }
  }

  @Provide
  Arbitrary<List<Row>> files() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(1, 40),
                Arbitraries.longs().between(-1_000_000, 1_000_000_000),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 5))
            .as(Row::new);
    return row.list().ofMaxSize(120);
  }

  @Property(tries = 150)
  void anyFileReadsTheSameInParts(
      @ForAll("files") List<Row> rows,
      @ForAll boolean crlf,
      @ForAll boolean keep,
      @ForAll boolean parents,
      @ForAll @IntRange(min = 2, max = 6) int parts)
      throws IOException {
    String newline = crlf ? "\r\n" : "\n";
    StringBuilder csv =
        new StringBuilder("customer_id,name,mrr,plan" + (parents ? ",parent" : "") + newline);
    for (Row r : rows) {
      csv.append(r.text(newline, parents)).append(newline);
    }
    Path file = Files.createTempFile("parted", ".csv");
    try {
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      ReadOptions.Builder builder = ReadOptions.builder();
      if (keep) {
        builder.keep(KeepColumns.ALL);
      }
      if (parents) {
        builder.parentColumn("parent");
      }
      ReadOptions options = builder.build();
      assertThat(outcome(file, options, parts)).isEqualTo(outcome(file, options, 1));
      boolean inParts;
      try {
        inParts = PartedRead.read(file, Files.size(file), "f.csv", options, n -> {}, parts) != null;
      } catch (RuntimeException e) {
        inParts = true; // the parts were proven; the whole file fails (mixed currencies)
      }
      Statistics.label("read in parts").collect(inParts);
      Statistics.label("read in parts").coverage(c -> c.check(true).percentage(p -> p > 30));
    } finally {
      Files.delete(file);
    }
  }

  // Billing exports: filters, intervals, quantities, cents and the hints' value counts, all of
  // which each part counts on its own and the merge adds up in input order.

  private static final String[] STATUSES = {"active", "trialing", "canceled", "Past Due", ""};
  private static final String[] INTERVALS = {"month", "year", "week", "fortnight", ""};

  record BillingRow(int id, long cents, int status, int interval, int quantity, int kind) {
    String text() {
      String q = quantity == 7 ? "x" : String.valueOf(quantity);
      String amount = kind == 0 ? cents + ".5" : String.valueOf(cents);
      return "s"
          + id
          + ",c"
          + (id % 37)
          + ","
          + STATUSES[status]
          + ","
          + INTERVALS[interval]
          + ","
          + (id % 3 + 1)
          + ","
          + q
          + ","
          + amount;
    }
  }

  @Provide
  Arbitrary<List<BillingRow>> billingFiles() {
    Arbitrary<BillingRow> row =
        Combinators.combine(
                Arbitraries.integers().between(1, 400),
                Arbitraries.longs().between(-10_000, 10_000_000),
                Arbitraries.integers().between(0, STATUSES.length - 1),
                Arbitraries.integers().between(0, INTERVALS.length - 1),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 9))
            .as(BillingRow::new);
    return row.list().ofMinSize(1).ofMaxSize(300);
  }

  @Property(tries = 60)
  void aBillingExportReadsTheSameInParts(
      @ForAll("billingFiles") List<BillingRow> rows,
      @ForAll @IntRange(min = 0, max = 2) int optionSet,
      @ForAll @IntRange(min = 2, max = 5) int parts)
      throws IOException {
    StringBuilder csv =
        new StringBuilder("id,Customer ID,Status,Interval,Interval Count,Quantity,Amount\n");
    for (BillingRow r : rows) {
      csv.append(r.text()).append('\n');
    }
    ReadOptions.Builder options = ReadOptions.builder().mrrColumn("Amount");
    switch (optionSet) {
      case 0 -> {} // the interval warning and the status note count values
      case 1 ->
          options
              .where("Status!=canceled,trialing")
              .intervalColumn("Interval")
              .intervalCountColumn("Every")
              .quantityColumn("Quantity");
      default -> options.minorUnits(true).quantityColumn("Quantity").where("Interval=month,year");
    }
    Path file = Files.createTempFile("parted-billing", ".csv");
    try {
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      ReadOptions o = options.build();
      assertThat(outcome(file, o, parts)).isEqualTo(outcome(file, o, 1));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aBillingExportIsReallyReadInParts() throws IOException {
    StringBuilder csv =
        new StringBuilder("id,Customer ID,Status,Interval,Interval Count,Quantity,Amount\n");
    for (int i = 1; i <= 5000; i++) {
      csv.append(new BillingRow(i, i * 37L, i % 5, i % 5, i % 8, i % 10).text()).append('\n');
    }
    Path file = write(csv.toString());
    ReadOptions o =
        ReadOptions.builder()
            .mrrColumn("Amount")
            .where("Status!=canceled")
            .intervalColumn("Interval")
            .quantityColumn("Quantity")
            .build();
    assertThat(PartedRead.read(file, Files.size(file), "f.csv", o, n -> {}, 3)).isNotNull();
    assertSameInParts(file, o);
    ReadOptions hints = ReadOptions.builder().mrrColumn("Amount").build();
    assertThat(PartedRead.read(file, Files.size(file), "f.csv", hints, n -> {}, 3)).isNotNull();
    assertSameInParts(file, hints);
    // The quantity and interval count hints: counted per part, absorbed in input order.
    ReadOptions factors =
        ReadOptions.builder().mrrColumn("Amount").intervalColumn("Interval").build();
    var parted = PartedRead.read(file, Files.size(file), "f.csv", factors, n -> {}, 3);
    assertThat(parted).isNotNull();
    // One quantity in eight is "x": not a column of numbers, so only the count is named.
    assertThat(parted.summary().factorHints().quantity()).isEmpty();
    assertThat(parted.summary().factorHints().intervalCount()).isPresent();
    assertSameInParts(file, factors);
  }

  @Test
  void standardInputAndSmallFilesAreReadInOnePass() throws IOException {
    Path file = write(rows(10, "\n"));
    var viaPath = CustomerCsvReader.read(file, "f.csv", ReadOptions.defaults(), n -> {});
    var viaStream =
        CustomerCsvReader.read(
            new ByteArrayInputStream(Files.readAllBytes(file)), "f.csv", ReadOptions.defaults());
    assertThat(viaPath.summary()).isEqualTo(viaStream.summary());
    assertThat(Optional.of(viaPath.customers().size())).contains(10);
  }
}

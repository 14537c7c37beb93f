package dev.segment.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.InputSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A plain MRR export (an id, a name, MRR, and the columns CRMs carry beside them) never sets off a
 * warning or a note: hints are for readings in doubt, not for every file.
 */
class PlainFileHintsProperties {
  record Row(int id, String name, long cents, String country, String plan, String created) {}

  @Provide
  Arbitrary<List<Row>> files() {
    Arbitrary<Row> row =
        Combinators.combine(
                Arbitraries.integers().between(1, 100_000),
                Arbitraries.of("Acme", "Globex Ltd", "Initech", "Umbrella Corp", "Hooli", ""),
                Arbitraries.longs().between(0, 5_000_000),
                Arbitraries.of("US", "DE", "FR", "GB", ""),
                Arbitraries.of("Starter", "Growth", "Enterprise", "monthly plan"),
                Arbitraries.of("2023-01-15", "2023-06-30", "2024-02-29", "2024-11-01", ""))
            .as(Row::new);
    return row.list().ofMinSize(1).ofMaxSize(60).uniqueElements(Row::id);
  }

  @Property(tries = 200)
  void noHintOnAPlainMrrExport(@ForAll("files") List<Row> rows) throws IOException {
    StringBuilder csv = new StringBuilder("Customer ID,Name,MRR,Country,Plan,Created\n");
    for (Row r : rows) {
      csv.append("C-")
          .append(r.id())
          .append(',')
          .append(r.name())
          .append(',')
          .append(r.cents() / 100)
          .append('.')
          .append(String.format("%02d", r.cents() % 100))
          .append(',')
          .append(r.country())
          .append(',')
          .append(r.plan())
          .append(',')
          .append(r.created())
          .append('\n');
    }
    InputSummary in =
        CustomerCsvReader.read(
                new ByteArrayInputStream(csv.toString().getBytes(UTF_8)),
                "plain.csv",
                ReadOptions.defaults())
            .summary();
    assertThat(in.readHints()).isEmpty();
    assertThat(in.intervalHint()).isEmpty();
    assertThat(in.factorHints().quantity()).isEmpty();
    assertThat(in.factorHints().intervalCount()).isEmpty();
  }
}

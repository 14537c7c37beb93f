package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Pin;
import dev.segment.model.PreviousTiers;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every reader of ids (the input, an earlier tiers.csv for --previous, a --pin file) takes the same
 * id from the same cell: spaces around it dropped, control characters kept, so ids that differ by a
 * control character stay apart everywhere and an account is never both gone and new.
 */
class CustomerIdProperties {
  /** Ids holding control characters, even at their ends, where {@code trim()} would drop them. */
  @Provide
  Arbitrary<List<String>> ids() {
    return Arbitraries.strings()
        .withChars("Ab7-\u0001\u0008\u000b\u000c\u001c\u001d\u001e\u001f\u007f\u0085 \t\u00a0")
        .ofMinLength(1)
        .ofMaxLength(6)
        .filter(s -> !dev.segment.model.CustomerIds.trim(s).isEmpty())
        .map(dev.segment.model.CustomerIds::trim)
        .list()
        .uniqueElements()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.strings().withChars(" \t\u00a0\u3000").ofMaxLength(3);
  }

  @Property(tries = 60, seed = "20261207")
  void everyReaderTakesTheSameIdsAndKeepsThemApart(
      @ForAll("ids") List<String> ids,
      @ForAll("spaces") String before,
      @ForAll("spaces") String after)
      throws IOException {
    List<List<String>> input = new ArrayList<>();
    input.add(List.of("customer_id", "mrr"));
    for (int i = 0; i < ids.size(); i++) {
      input.add(List.of(before + ids.get(i) + after, Integer.toString(10 * (i + 1))));
    }
    ReadResult read =
        CustomerCsvReader.read(
            new java.io.ByteArrayInputStream(csv(input).getBytes(StandardCharsets.UTF_8)),
            "customers.csv",
            ReadOptions.defaults());
    assertThat(Set.copyOf(CustomerCsvReaderTest.ids(read))).isEqualTo(Set.copyOf(ids));

    Path dir = Files.createTempDirectory("ids");
    try {
      List<List<String>> tiers = new ArrayList<>();
      tiers.add(List.of("customer_id", "name", "mrr", "arr", "rank", "cum_mrr_share", "tier"));
      List<List<String>> pins = new ArrayList<>();
      for (String id : ids) {
        tiers.add(List.of(before + id + after, "", "1", "12", "1", "1", "Tier 1"));
        pins.add(List.of(before + id + after, "Tier 1"));
      }
      Path previous = dir.resolve("tiers.csv");
      Files.writeString(previous, csv(tiers));
      PreviousTiers earlier = PreviousTiersFile.read(previous);
      Set<String> previousIds = new LinkedHashSet<>();
      for (int row = 0; row < earlier.size(); row++) {
        previousIds.add(earlier.id(row));
      }
      assertThat(previousIds).isEqualTo(Set.copyOf(ids));

      Path pinFile = dir.resolve("pins.csv");
      Files.writeString(pinFile, csv(pins));
      assertThat(PinFile.read(pinFile).stream().map(Pin::id).toList()).isEqualTo(ids);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static String csv(List<List<String>> rows) throws IOException {
    StringWriter out = new StringWriter();
    // Every cell quoted: a cell with spaces or control characters at its ends stays one cell.
    try (CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).get())) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
    return out.toString();
  }
}

package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.PreviousTiers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An earlier run's tiers.csv as --previous reads it. */
class PreviousTiersFileTest {
  @TempDir Path dir;

  @Test
  void aTiersCsvLargerThanOneRecordMayBeIsReadWhole() throws IOException {
    // 750,000 rows of about 48 characters: past the 32 Mi characters one record may take, as a
    // million-customer tiers.csv is. The limit is per record, not per file.
    Path file = dir.resolve("tiers.csv");
    int rows = 750_000;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n");
      for (int i = 1; i <= rows; i++) {
        w.write("cus_" + i + ",Customer " + i + ",100,1200," + i + ",0.5,Tier 1\n");
      }
    }
    assertThat(Files.size(file)).isGreaterThan(DecodingReader.MAX_RECORD_CHARS);
    PreviousTiers previous = PreviousTiersFile.read(file);
    assertThat(previous.customers()).hasSize(rows);
    assertThat(previous.customers().get("cus_" + rows).name()).isEqualTo("Customer " + rows);
  }
}

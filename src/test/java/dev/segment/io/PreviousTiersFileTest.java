package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.PreviousTiers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
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
    assertThat(previous.size()).isEqualTo(rows);
    assertThat(previous.get("cus_" + rows).name()).isEqualTo("Customer " + rows);
  }

  @Test
  void everyDigitOfTheEarlierMrrIsKeptAndIdsAreFoundExactly() throws IOException {
    Path file = dir.resolve("tiers.csv");
    Files.writeString(
        file,
        "customer_id,name,mrr,arr,rank,cum_mrr_share,tier\n"
            + "big,Big,123456789012345678901234.5,0,1,0.5,Gold\n"
            + "tiny,,1E-200,0,2,0.6,'=Free\n"
            + "'=x,Éa,12.50,150,3,1.0000,Gold\n",
        StandardCharsets.UTF_8);
    PreviousTiers previous = PreviousTiersFile.read(file);
    assertThat(previous.labels()).containsExactly("Gold", "=Free");
    assertThat(previous.get("big").mrr()).isEqualTo(new BigDecimal("123456789012345678901234.5"));
    assertThat(previous.get("tiny").mrr()).isEqualTo(new BigDecimal("1E-200"));
    assertThat(previous.get("tiny").label()).isEqualTo(1);
    assertThat(previous.get("=x").mrr()).isEqualTo(new BigDecimal("12.50"));
    assertThat(previous.get("=x").name()).isEqualTo("Éa");
    assertThat(previous.find("x")).isEqualTo(-1);
    assertThat(previous.find("bi")).isEqualTo(-1);
    assertThat(previous.id(previous.find("big"))).isEqualTo("big");
  }
}

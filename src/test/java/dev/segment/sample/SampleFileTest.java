package dev.segment.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleFileTest {
  @Test
  void shippedSampleIsWhatTheGeneratorWrites() throws Exception {
    StringBuilder generated = new StringBuilder();
    SampleGenerator.write(generated);
    String shipped =
        Files.readString(Path.of("samples/customers-2000.csv"), StandardCharsets.UTF_8);
    assertThat(shipped)
        .as("samples/customers-2000.csv is stale: regenerate it with SampleGenerator")
        .isEqualTo(generated.toString());
  }

  @Test
  void shippedRegionsSampleIsWhatTheGeneratorWrites() throws Exception {
    StringBuilder generated = new StringBuilder();
    SampleGenerator.writeRegions(generated);
    String shipped =
        Files.readString(Path.of("samples/customers-regions.csv"), StandardCharsets.UTF_8);
    assertThat(shipped)
        .as("samples/customers-regions.csv is stale: regenerate it with SampleGenerator")
        .isEqualTo(generated.toString());
    assertThat(shipped).startsWith("customer_id,company_name,plan,mrr,country,region\n");
  }

  @Test
  void quantileFunctionPassesThroughTheEssaysFloors() {
    assertThat(SampleGenerator.mrrAt(0.10))
        .isCloseTo(5050, org.assertj.core.data.Offset.offset(1.0));
    assertThat(SampleGenerator.mrrAt(0.30))
        .isCloseTo(1720, org.assertj.core.data.Offset.offset(1.0));
  }
}

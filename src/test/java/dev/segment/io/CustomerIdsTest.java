package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.CustomerIds;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The id rule: spaces around an id dropped, control characters kept. */
class CustomerIdsTest {
  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "'  A  '|'A'",
        "'\tA\t'|'A'",
        "'\u00a0A\u3000'|'A'",
        "'A B'|'A B'",
        "'\u0001A'|'\u0001A'",
        "'A\u001f'|'A\u001f'",
        "'\u000bA\u000c'|'\u000bA\u000c'",
        "' \u001cA '|'\u001cA'",
      })
  void dropsSpacesAndKeepsControlCharacters(String cell, String id) {
    assertThat(CustomerIds.trim(cell)).isEqualTo(id);
  }

  @Test
  void idsThatDifferByAControlCharacterAreDifferentCustomers() throws IOException {
    ReadResult r =
        CustomerCsvReaderTest.read(
            "customer_id,mrr\n\"\u0001A\",10\n\"A\u001f\",20\n A ,30\n\"A\u001e\",40\n");
    assertThat(CustomerCsvReaderTest.ids(r))
        .containsExactlyInAnyOrder("\u0001A", "A\u001f", "A", "A\u001e");
  }
}

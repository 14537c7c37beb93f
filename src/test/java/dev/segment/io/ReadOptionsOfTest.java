package dev.segment.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.segment.model.Rates;
import dev.segment.rows.RowFilter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The read options built from the command line's group records are the builder's, checked alike.
 */
class ReadOptionsOfTest {
  private static final ReadOptions.Columns COLUMNS =
      new ReadOptions.Columns(
          StandardCharsets.ISO_8859_1,
          Optional.of(';'),
          Optional.of("id"),
          Optional.of("Amount"),
          Optional.empty(),
          Optional.of("name"),
          true);

  @Test
  void theGroupsRecordsMakeTheBuildersOptions() {
    ReadOptions.Billing billing =
        new ReadOptions.Billing(
            List.of(RowFilter.parse("Status=active")),
            Optional.of("Interval"),
            Optional.of("Count"),
            Optional.of("Quantity"),
            true,
            Optional.of("Parent"));
    Rates rates = new Rates("USD", Map.of());
    ReadOptions of =
        ReadOptions.of(
            COLUMNS,
            billing,
            KeepColumns.ALL,
            Optional.of(rates),
            LedgerOptions.NONE,
            Optional.of("Region"));
    ReadOptions built =
        ReadOptions.builder()
            .encoding(StandardCharsets.ISO_8859_1)
            .delimiter(';')
            .idColumn("id")
            .mrrColumn("Amount")
            .nameColumn("name")
            .decimalComma(true)
            .keep(KeepColumns.ALL)
            .where(billing.where())
            .intervalColumn("Interval")
            .intervalCountColumn("Count")
            .quantityColumn("Quantity")
            .minorUnits(true)
            .parentColumn("Parent")
            .rates(rates)
            .groupColumn("Region")
            .build();
    assertThat(of).isEqualTo(built);
  }

  @Test
  void aCombinationOfTwoGroupsIsCheckedByTheReadOptions() {
    ReadOptions.Billing countOnly =
        new ReadOptions.Billing(
            List.of(),
            Optional.empty(),
            Optional.of("Count"),
            Optional.empty(),
            false,
            Optional.empty());
    assertThatThrownBy(
            () ->
                ReadOptions.of(
                    COLUMNS,
                    countOnly,
                    KeepColumns.NONE,
                    Optional.empty(),
                    LedgerOptions.NONE,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--interval-count-column needs --interval-column");
  }
}

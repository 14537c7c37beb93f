package dev.segment.io;

import dev.segment.dates.TrailingWindow;
import dev.segment.model.DateReading;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The {@link DateReading} the report shows for the ledger options, by the headers they named. */
final class LedgerReading {
  private LedgerReading() {}

  static Optional<DateReading> of(List<String> names, String label, LedgerOptions ledger) {
    if (!ledger.active()) {
      return Optional.empty();
    }
    DateReading.Rule rule = new DateReading.Undated();
    if (ledger.periodColumns().isPresent()) {
      List<String> pair = ledger.periodColumns().get();
      rule =
          new DateReading.Periods(
              header(names, label, "--period-columns", pair.get(0)),
              header(names, label, "--period-columns", pair.get(1)),
              ledger.endConvention().map(e -> e.word()),
              ledger.periodEnd().isPresent());
    } else if (ledger.validColumns().isPresent()) {
      List<String> pair = ledger.validColumns().get();
      rule =
          new DateReading.Valid(
              header(names, label, "--valid-columns", pair.get(0)),
              header(names, label, "--valid-columns", pair.get(1)));
    } else if (ledger.trailing() != 0) {
      LocalDate asOf = ledger.asOf().orElseThrow();
      int after = new TrailingWindow((int) asOf.toEpochDay(), ledger.trailing()).after();
      rule =
          new DateReading.Trailing(
              header(names, label, "--date-column", ledger.dateColumn().orElseThrow()),
              ledger.trailing(),
              LocalDate.ofEpochDay(after));
    }
    Optional<DateReading.Latest> latest =
        ledger
            .latest()
            .map(
                p ->
                    new DateReading.Latest(
                        header(names, label, "--latest", p.get(0)),
                        header(names, label, "--latest", p.get(1)),
                        ledger.found().comparedAs()));
    String rateOption = ledger.rateInverse() ? "--rate-column-inverse" : "--rate-column";
    return Optional.of(
        new DateReading(
            ledger.asOf(),
            rule,
            ledger.dateFormat().name(),
            latest,
            ledger.rateColumn().map(c -> header(names, label, rateOption, c)),
            ledger.rateInverse()));
  }

  private static String header(List<String> names, String label, String option, String value) {
    return names.get(ColumnResolver.column(names, label, option, value));
  }
}

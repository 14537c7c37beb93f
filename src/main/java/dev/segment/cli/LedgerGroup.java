package dev.segment.cli;

import static dev.segment.cli.ColumnValues.column;
import static dev.segment.cli.ColumnValues.pair;

import dev.segment.dates.DateFormat;
import dev.segment.dates.PeriodEnd;
import dev.segment.io.LedgerOptions;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of SPEC "MRR on a date": ledgers, service periods and history tables. */
final class LedgerGroup implements OptionGroup {
  @Override
  public String heading() {
    return "MRR on a date (ledgers, periods, history tables)";
  }

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.IsoDate.class,
      description =
          "The date the figures are as of (ISO, e.g. 2026-12-01): shown in the chart's subtitle"
              + " and as as_of in --format json. Default: none.")
  LocalDate asOf;

  @Option(
      names = "--date-format",
      paramLabel = "MDY|DMY",
      description =
          "How dates that are not ISO are written in cells: MDY (12/31/2024) or DMY (31/12/2024),"
              + " with /, . or - between the parts. ISO dates and date-times and Unix seconds are"
              + " read either way. Default: ISO only.")
  String dateFormat;

  @Option(
      names = "--period-columns",
      paramLabel = "START,END",
      description =
          "Invoice ledgers: each row's amount pays for the service period START..END; a row"
              + " counts when its period covers --as-of, as amount ÷ the period's months (whole"
              + " calendar months, else days ÷ 30.436875). An empty END is open-ended (already"
              + " monthly). Needs --as-of.")
  String periodColumns;

  @Option(
      names = "--period-end",
      paramLabel = "exclusive|inclusive",
      description =
          "What END means for every row of --period-columns: exclusive (the next period's first"
              + " day, as Stripe writes it) or inclusive (the period's last day). Default: as the"
              + " file's whole-month rows show.")
  String periodEnd;

  @Option(
      names = "--valid-columns",
      paramLabel = "START,END",
      description =
          "Subscription tables whose rows say when a price held (dbt subscription_periods): a row"
              + " counts while START <= --as-of < END (an empty END: still valid), its amount"
              + " already monthly. Needs --as-of.")
  String validColumns;

  @Option(
      names = "--trailing",
      paramLabel = "MONTHS",
      description =
          "Ledgers without service periods (Xero, QuickBooks): a run rate from rows dated in the"
              + " MONTHS months up to --as-of, each adding amount ÷ MONTHS (1-36). Needs"
              + " --date-column and --as-of.")
  Integer trailing;

  @Option(
      names = "--date-column",
      paramLabel = "COL",
      description = "The column dating each row for --trailing, e.g. --date-column InvoiceDate.")
  String dateColumn;

  @Option(
      names = "--latest",
      paramLabel = "KEY,ORDER",
      description =
          "History and snapshot tables: of the rows with the same KEY (a subscription id) only"
              + " the one with the greatest ORDER (a date, number or text) is read, chosen before"
              + " --where. Reads the file twice.")
  String latest;

  /** {@code --as-of}, which the chart's subtitle shows too. */
  Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** How dates that are not ISO are written: {@code --date-format}, else ISO only. */
  DateFormat dateFormat() {
    return dateFormat == null ? DateFormat.ISO : DateFormat.of(dateFormat);
  }

  /**
   * This group's options with the currencies' rate column, checked together by their record.
   *
   * @param currency the currencies group's choice, whose rate column a ledger row reads
   */
  LedgerOptions ledger(CurrencyGroup.Choice currency) {
    if (trailing != null) {
      // Here too, since 0 is the record's "no window": --trailing 0 is out of range.
      LedgerOptions.trailingMonths(trailing);
    }
    return new LedgerOptions(
        Optional.ofNullable(asOf),
        dateFormat(),
        pair(periodColumns, "--period-columns", "START,END"),
        Optional.ofNullable(periodEnd).map(PeriodEnd::of),
        pair(validColumns, "--valid-columns", "START,END"),
        trailing == null ? 0 : trailing,
        column(dateColumn, "--date-column"),
        pair(latest, "--latest", "KEY,ORDER"),
        column(currency.rateColumn(), currency.rateOption()),
        currency.inverse(),
        LedgerOptions.Found.NOTHING);
  }
}

package dev.segment.cli;

import static dev.segment.cli.ColumnValues.column;

import dev.segment.hints.Sources;
import dev.segment.io.ReadOptions;
import dev.segment.io.WorkbookReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that say what the input is and where its customer columns are. */
final class InputGroup implements OptionGroup {
  @Override
  public String heading() {
    return "Reading the input";
  }

  @Option(
      names = "--source",
      paramLabel = "NAME",
      completionCandidates = InputGroup.SourceNames.class,
      description =
          "Read a known export as its vendor writes it, e.g. --source stripe-api (amounts in"
              + " cents, customer ids): stripe-subscriptions, stripe-api, chargebee, recurly,"
              + " paddle, zuora, chartmogul, baremetrics, salesforce-accounts, hubspot-companies,"
              + " xero-invoices, quickbooks-invoices, stripe-invoice-lines (docs/sources.md)."
              + " Without reading options a header that matches one is read so; none turns"
              + " that off. Options given beside it replace its own of the same name.")
  String source;

  /** The names --source takes, for shell completion (the option stays a String: any case works). */
  static final class SourceNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(Sources.names().split(", ")).iterator();
    }
  }

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description =
          "With an .xlsx workbook as FILE: the sheet to read, by its name. Default: the first"
              + " sheet.")
  String sheet;

  @Option(
      names = "--id-column",
      paramLabel = "COL",
      description =
          "The customer id column: a header name or a 1-based index."
              + " Default: found by name (customer_id, account_id, client_id, id, …).")
  String idColumn;

  @Option(
      names = "--mrr-column",
      paramLabel = "COL",
      description =
          "The MRR column: a header name or a 1-based index."
              + " Default: found by name (mrr, monthly_recurring_revenue, current_mrr, mrr_usd, …).")
  String mrrColumn;

  @Option(
      names = "--arr-column",
      paramLabel = "COL",
      description = "Read annual amounts from this column instead (MRR = ARR/12).")
  String arrColumn;

  @Option(
      names = "--name-column",
      paramLabel = "COL",
      description = "The customer name column. Default: found by name (name, company_name, …).")
  String nameColumn;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      converter = Converters.Delimiter.class,
      description = "Field delimiter: , ; | or tab. Default: sniffed from the header.")
  Character delimiter;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      converter = Converters.Encoding.class,
      description = "Input encoding, e.g. windows-1252. Default: UTF-8 (a BOM is ignored).")
  Charset encoding;

  @Option(
      names = "--decimal-comma",
      description = "Read amounts written with a decimal comma: 1.234,50.")
  boolean decimalComma;

  @Option(
      names = "--strict",
      description =
          "Fail (exit 3, nothing written) on any row that would be skipped, and on any warning"
              + " about how the file was read.")
  boolean strict;

  /** {@code --source} as given. */
  Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** False under {@code --source none}: no header is matched against the known exports. */
  boolean detects() {
    return source == null || !source.strip().equalsIgnoreCase(Sources.NONE);
  }

  /** The user's --mrr-column or --arr-column value, when given. */
  Optional<String> money() {
    return Optional.ofNullable(mrrColumn != null ? mrrColumn : arrColumn);
  }

  /** {@code --sheet}, which only a workbook {@code input} has. */
  Optional<String> sheet(String input) {
    if (sheet != null && !WorkbookReader.isWorkbook(input)) {
      throw new IllegalArgumentException(
          "--sheet names a sheet of an Excel workbook, and "
              + input
              + " is not one (a path ending .xlsx)");
    }
    if (sheet != null && sheet.isBlank()) {
      throw new IllegalArgumentException("--sheet needs a sheet's name, such as --sheet Customers");
    }
    return Optional.ofNullable(sheet);
  }

  /** The file's form and its customer columns, each column checked as it is named. */
  ReadOptions.Columns columns() {
    return new ReadOptions.Columns(
        encoding == null ? StandardCharsets.UTF_8 : encoding,
        Optional.ofNullable(delimiter),
        column(idColumn, "--id-column"),
        column(mrrColumn, "--mrr-column"),
        column(arrColumn, "--arr-column"),
        column(nameColumn, "--name-column"),
        decimalComma);
  }

  /**
   * Adds the reading options of this group that are set: a --config file's values are defaults, not
   * matched options, so the fields say what was given.
   */
  void addGiven(Set<String> given) {
    if (idColumn != null) {
      given.add("--id-column");
    }
    if (mrrColumn != null) {
      given.add("--mrr-column");
    }
    if (arrColumn != null) {
      given.add("--arr-column");
    }
    if (nameColumn != null) {
      given.add("--name-column");
    }
  }
}

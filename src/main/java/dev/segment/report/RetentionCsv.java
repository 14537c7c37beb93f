package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.Retention;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code retention.csv}: one row per earlier tier in position order, then the row {@code
 * all}; new customers are in the report, not here.
 */
public final class RetentionCsv {
  static final List<String> HEADER =
      List.of(
          "tier",
          "customers_start",
          "mrr_start",
          "expansion",
          "contraction",
          "churned_customers",
          "churned_mrr",
          "mrr_end",
          "grr_pct",
          "nrr_pct");

  private RetentionCsv() {}

  public static void write(Retention retention, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CsvCells.FORMAT);
    // Segment's own column names: plain words, nothing a spreadsheet would run.
    printer.printRecord(HEADER);
    for (Retention.Row row : retention.tiers()) {
      row(row, printer);
    }
    row(retention.all(), printer);
    printer.flush();
  }

  private static void row(Retention.Row r, CSVPrinter printer) throws IOException {
    printer.print(CsvCells.neutralise(r.label()));
    printer.print(Integer.toString(r.customersStart()));
    printer.print(Amounts.plain(r.mrrStart()));
    printer.print(Amounts.plain(r.expansion()));
    printer.print(Amounts.plain(r.contraction()));
    printer.print(Integer.toString(r.churnedCustomers()));
    printer.print(Amounts.plain(r.churnedMrr()));
    printer.print(Amounts.plain(r.mrrEnd()));
    printer.print(percent(r.grrPct()));
    printer.print(percent(r.nrrPct()));
    printer.println();
  }

  /** Already rounded to 4 decimals in the core; empty where the start MRR is 0. */
  private static String percent(Optional<BigDecimal> pct) {
    return pct.map(BigDecimal::toPlainString).orElse("");
  }
}

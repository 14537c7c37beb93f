package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.TierStats;
import java.io.IOException;
import java.util.List;

/** Writes {@code segments.csv}: the tier summary, one row per tier, empty tiers included. */
public final class SegmentsCsv {
  static final List<String> HEADER =
      List.of(
          "tier",
          "customers",
          "pct_customers",
          "mrr",
          "pct_mrr",
          "cum_pct_customers",
          "cum_pct_mrr",
          "mrr_floor",
          "mrr_max",
          "mrr_mean",
          "mrr_median");

  private SegmentsCsv() {}

  /**
   * Writes the header and one row per tier to {@code out}, which the caller opened as UTF-8 and
   * closes. An empty tier has empty floor, max, mean and median cells.
   */
  public static void write(List<TierStats> tiers, Appendable out) throws IOException {
    CsvRows printer = new CsvRows(out);
    for (String name : HEADER) {
      printer.cell(CsvCells.neutralise(name));
    }
    printer.endRow();
    for (TierStats t : tiers) {
      printer.cell(CsvCells.neutralise(t.label()));
      printer.cell(Integer.toString(t.customers()));
      printer.cell(t.pctCustomers().toPlainString());
      printer.cell(Amounts.plain(t.mrr()));
      printer.cell(t.pctMrr().toPlainString());
      printer.cell(t.cumPctCustomers().toPlainString());
      printer.cell(t.cumPctMrr().toPlainString());
      if (t.amounts().isPresent()) {
        TierStats.Amounts a = t.amounts().get();
        printer.cell(Amounts.plain(a.floor()));
        printer.cell(Amounts.plain(a.max()));
        // The mean is already rounded to 4 decimals; printed as it is.
        printer.cell(a.mean().toPlainString());
        printer.cell(Amounts.plain(a.median()));
      } else {
        for (int i = 0; i < 4; i++) {
          printer.cell("");
        }
      }
      printer.endRow();
    }
    printer.flush();
  }
}

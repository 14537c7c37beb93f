package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.Groups;
import dev.segment.model.TierStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

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
    CSVPrinter printer = new CSVPrinter(out, CsvCells.FORMAT);
    // Segment's own column names: plain words, nothing a spreadsheet would run.
    printer.printRecord(HEADER);
    rows(tiers, null, printer);
    printer.flush();
  }

  /** The name of the block that sums each tier label across groups. */
  public static final String ALL = "all";

  /**
   * With {@code --group-by}: a first column {@code group}, one block of tiers per group in the
   * groups' order (shares of the group), then the {@link #ALL} block.
   */
  public static void write(Groups groups, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CsvCells.FORMAT);
    List<String> header = new ArrayList<>();
    header.add("group");
    header.addAll(HEADER);
    printer.printRecord(header);
    for (Groups.Group g : groups.groups()) {
      rows(g.tiers(), g.name(), printer);
    }
    rows(groups.all(), ALL, printer);
    printer.flush();
  }

  private static void rows(List<TierStats> tiers, String group, CSVPrinter printer)
      throws IOException {
    for (TierStats t : tiers) {
      if (group != null) {
        printer.print(CsvCells.neutralise(group));
      }
      printer.print(CsvCells.neutralise(t.label()));
      printer.print(Integer.toString(t.customers()));
      printer.print(t.pctCustomers().toPlainString());
      printer.print(Amounts.plain(t.mrr()));
      printer.print(t.pctMrr().toPlainString());
      printer.print(t.cumPctCustomers().toPlainString());
      printer.print(t.cumPctMrr().toPlainString());
      if (t.amounts().isPresent()) {
        TierStats.Amounts a = t.amounts().get();
        printer.print(Amounts.plain(a.floor()));
        printer.print(Amounts.plain(a.max()));
        // The mean is already rounded to 4 decimals; printed as it is.
        printer.print(a.mean().toPlainString());
        printer.print(Amounts.plain(a.median()));
      } else {
        for (int i = 0; i < 4; i++) {
          printer.print("");
        }
      }
      printer.println();
    }
  }
}

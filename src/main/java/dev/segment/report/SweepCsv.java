package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.Sweep;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code sweep.csv}: one row per candidate top tier, the {@code customers} cuts first, the
 * cut written without {@code %}; {@code csms} empty without staffing options.
 */
public final class SweepCsv {
  static final List<String> HEADER =
      List.of("basis", "cut", "customers", "pct_customers", "mrr", "pct_mrr", "mrr_floor", "csms");

  private SweepCsv() {}

  public static void write(Sweep sweep, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CsvCells.FORMAT);
    printer.printRecord(HEADER);
    for (Sweep.Row r : sweep.rows()) {
      printer.print(r.basis().word());
      printer.print(Integer.toString(r.cut()));
      printer.print(Integer.toString(r.customers()));
      printer.print(r.pctCustomers().toPlainString());
      printer.print(Amounts.plain(r.mrr()));
      printer.print(r.pctMrr().toPlainString());
      printer.print(r.floor().map(Amounts::plain).orElse(""));
      printer.print(r.csms().map(String::valueOf).orElse(""));
      printer.println();
    }
    printer.flush();
  }
}

package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.Movements;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code changes.csv}: one row per customer in both runs whose tier changed since the run
 * given to {@code --previous}, in {@code tiers.csv} order, and nothing else.
 */
public final class ChangesCsv {
  static final List<String> HEADER =
      List.of("customer_id", "name", "old_tier", "new_tier", "old_mrr", "new_mrr");

  private ChangesCsv() {}

  public static void write(Movements movements, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CsvCells.FORMAT);
    // Segment's own column names: plain words, nothing a spreadsheet would run.
    printer.printRecord(HEADER);
    for (Movements.Change c : movements.changes()) {
      printer.print(CsvCells.neutralise(c.id()));
      printer.print(CsvCells.neutralise(c.name()));
      printer.print(CsvCells.neutralise(c.oldTier()));
      printer.print(CsvCells.neutralise(c.newTier()));
      printer.print(Amounts.plain(c.oldMrr()));
      printer.print(Amounts.plain(c.newMrr()));
      printer.println();
    }
    printer.flush();
  }
}

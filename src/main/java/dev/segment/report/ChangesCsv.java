package dev.segment.report;

import dev.segment.model.Amounts;
import dev.segment.model.Movements;
import java.io.IOException;
import java.util.List;

/**
 * Writes {@code changes.csv}: one row per customer in both runs whose tier changed since the run
 * given to {@code --previous}, in {@code tiers.csv} order, and nothing else.
 */
public final class ChangesCsv {
  static final List<String> HEADER =
      List.of("customer_id", "name", "old_tier", "new_tier", "old_mrr", "new_mrr");

  private ChangesCsv() {}

  public static void write(Movements movements, Appendable out) throws IOException {
    CsvRows printer = new CsvRows(out);
    for (String name : HEADER) {
      printer.cell(name);
    }
    printer.endRow();
    for (Movements.Change c : movements.changes()) {
      printer.cell(CsvCells.neutralise(c.id()));
      printer.cell(CsvCells.neutralise(c.name()));
      printer.cell(CsvCells.neutralise(c.oldTier()));
      printer.cell(CsvCells.neutralise(c.newTier()));
      printer.cell(Amounts.plain(c.oldMrr()));
      printer.cell(Amounts.plain(c.newMrr()));
      printer.endRow();
    }
    printer.flush();
  }
}

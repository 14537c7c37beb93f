package dev.segment.io;

import dev.segment.model.DataException;
import dev.segment.model.PreviousTiers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an earlier run's {@code tiers.csv} for {@code --previous}: the columns {@code customer_id},
 * {@code name}, {@code mrr} and {@code tier}, found by header name, undoing the {@code '} that
 * segment puts before a cell a spreadsheet would run as a formula.
 */
public final class PreviousTiersFile {
  private PreviousTiersFile() {}

  public static PreviousTiers read(Path path) throws IOException {
    List<SmallCsv.Row> rows = SmallCsv.read(path, "a tiers.csv", "--previous");
    String source = path.toString();
    if (rows.isEmpty()) {
      throw notTiers(source, "it is empty");
    }
    List<String> header = rows.get(0).cells();
    int id = header.indexOf("customer_id");
    int name = header.indexOf("name");
    int mrr = header.indexOf("mrr");
    int tier = header.indexOf("tier");
    if (id < 0 || name < 0 || mrr < 0 || tier < 0) {
      throw notTiers(source, "its header has no customer_id, name, mrr and tier columns");
    }
    List<String> labels = new ArrayList<>();
    Map<String, Integer> labelIndex = new HashMap<>();
    Map<String, PreviousTiers.Entry> customers = new HashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      SmallCsv.Row row = rows.get(i);
      List<String> cells = row.cells();
      if (cells.size() != header.size()) {
        throw notTiers(
            source,
            "line "
                + row.line()
                + " has "
                + cells.size()
                + " cells for "
                + header.size()
                + " columns");
      }
      String customer = unneutralise(cells.get(id)).strip();
      String label = unneutralise(cells.get(tier));
      BigDecimal amount;
      try {
        amount = new BigDecimal(cells.get(mrr).strip());
      } catch (NumberFormatException e) {
        throw notTiers(source, "line " + row.line() + " has mrr '" + cells.get(mrr) + "'");
      }
      if (customer.isEmpty() || label.isEmpty()) {
        throw notTiers(source, "line " + row.line() + " has no customer_id or no tier");
      }
      Integer at = labelIndex.get(label);
      if (at == null) {
        at = labels.size();
        labels.add(label);
        labelIndex.put(label, at);
      }
      PreviousTiers.Entry before =
          customers.put(
              customer, new PreviousTiers.Entry(unneutralise(cells.get(name)), amount, at));
      if (before != null) {
        throw notTiers(source, "customer " + customer + " appears twice (line " + row.line() + ")");
      }
    }
    return new PreviousTiers(source, labels, customers);
  }

  /** Undoes {@code CsvCells.neutralise}: a {@code '} before {@code = + - @}, TAB or CR. */
  static String unneutralise(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == '\'') {
      char next = cell.charAt(1);
      if (next == '='
          || next == '+'
          || next == '-'
          || next == '@'
          || next == '\t'
          || next == '\r') {
        return cell.substring(1);
      }
    }
    return cell;
  }

  private static DataException notTiers(String source, String why) {
    return new DataException(
        source
            + " is not a tiers.csv written by segment ("
            + why
            + "); --previous takes the"
            + " tiers.csv of an earlier run");
  }
}

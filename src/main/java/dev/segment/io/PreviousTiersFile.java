package dev.segment.io;

import dev.segment.model.CustomerIds;
import dev.segment.model.DataException;
import dev.segment.model.PreviousTiers;
import dev.segment.text.PrintableText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an earlier run's {@code tiers.csv} for {@code --previous}: the columns {@code customer_id},
 * {@code name}, {@code mrr} and {@code tier}, found by header name, undoing the {@code '} that
 * segment puts before a cell a spreadsheet would run as a formula. Records are taken one at a time
 * into {@link PreviousTiers}' columns, so an earlier file of 10 M customers is never held as rows.
 */
public final class PreviousTiersFile {
  private PreviousTiersFile() {}

  public static PreviousTiers read(Path path) throws IOException {
    String source = path.toString();
    Reading reading = new Reading(source);
    SmallCsv.each(path, "a tiers.csv", "--previous", reading::take);
    if (reading.header == null) {
      throw notTiers(source, "it is empty");
    }
    return reading.builder.build();
  }

  /** The header's columns once seen, and the customers so far. */
  private static final class Reading {
    final String source;
    final PreviousTiers.Builder builder;
    List<String> header;
    int id;
    int name;
    int mrr;
    int tier;

    Reading(String source) {
      this.source = source;
      this.builder = new PreviousTiers.Builder(source);
    }

    void take(SmallCsv.Row row) {
      List<String> cells = row.cells();
      if (header == null) {
        header = List.copyOf(cells);
        id = header.indexOf("customer_id");
        name = header.indexOf("name");
        mrr = header.indexOf("mrr");
        tier = header.indexOf("tier");
        if (id < 0 || name < 0 || mrr < 0 || tier < 0) {
          throw notTiers(source, "its header has no customer_id, name, mrr and tier columns");
        }
        return;
      }
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
      String customer = CustomerIds.trim(unneutralise(cells.get(id)));
      String label = unneutralise(cells.get(tier));
      BigDecimal amount;
      try {
        amount = new BigDecimal(cells.get(mrr).strip());
      } catch (NumberFormatException e) {
        throw notTiers(
            source, "line " + row.line() + " has mrr '" + PrintableText.clip(cells.get(mrr)) + "'");
      }
      if (customer.isEmpty() || label.isEmpty()) {
        throw notTiers(source, "line " + row.line() + " has no customer_id or no tier");
      }
      if (!builder.add(customer, unneutralise(cells.get(name)), amount, builder.label(label))) {
        throw notTiers(
            source,
            "customer "
                + PrintableText.clip(customer)
                + " appears twice (line "
                + row.line()
                + ")");
      }
    }
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

package dev.segment.io;

import dev.segment.hints.Names;
import dev.segment.model.AmountKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the id, amount, name, currency and kept columns in the header by SPEC's names ({@link
 * SpecColumns}), or by the names and 1-based indexes the user gave ({@link OptionColumns}); a
 * missing or ambiguous column is a {@link dev.segment.model.DataException} that lists the header
 * and names the option that settles it.
 */
final class ColumnResolver {
  private static final String OWN_COLUMN = "it needs a column of its own";

  private final HeaderColumns header;
  private final OptionColumns named;
  private final SpecColumns spec;

  private ColumnResolver(List<String> header, String label) {
    this.header = new HeaderColumns(header, label);
    this.named = new OptionColumns(this.header);
    this.spec = new SpecColumns(this.header);
  }

  /** The columns to read from a file with this header; {@code label} names the file in messages. */
  static ColumnLayout resolve(List<String> header, ReadOptions options, String label) {
    return new ColumnResolver(header, label).resolve(options);
  }

  /**
   * The column {@code value} names for {@code option}, as for {@code --id-column}, for the options
   * read beside the layout ({@link RowRules}).
   */
  static int column(List<String> header, String label, String option, String value) {
    return new OptionColumns(new HeaderColumns(header, label)).column(option, value);
  }

  /** A header name as SPEC matches it: lower-cased, every character but letters and digits gone. */
  static String normalise(String name) {
    return dev.segment.hints.Names.normal(name);
  }

  /** True for SPEC's MRR names, including {@code mrr} followed by an ISO 4217 code. */
  static boolean isMrrName(String normalised) {
    return SpecColumns.isMrrName(normalised);
  }

  /** True for a name of annual recurring revenue: see {@link SpecColumns#isArrName}. */
  static boolean isArrName(String normalised) {
    return SpecColumns.isArrName(normalised);
  }

  private ColumnLayout resolve(ReadOptions options) {
    int id = options.idColumn().map(v -> named.column("--id-column", v)).orElseGet(spec::id);
    int amount = amount(options, id);
    int name =
        options
            .nameColumn()
            .map(v -> named.column("--name-column", v))
            .orElseGet(() -> spec.name(id, amount));
    int parent = optional(options.parentColumn(), "--parent-column");
    String parentNeed = "it needs the column holding each account's parent account id";
    ownColumn("--parent-column", parent, parentNeed, id, amount, name);
    int[] currencies = currencies(id, amount);
    int[] kept = kept(options, id, amount, name, parent);
    int interval = optional(options.intervalColumn(), "--interval-column");
    int intervalCount = optional(options.intervalCountColumn(), "--interval-count-column");
    int quantity = optional(options.quantityColumn(), "--quantity-column");
    ownColumn("--interval-column", interval, OWN_COLUMN, id, amount, -1);
    ownColumn("--interval-count-column", intervalCount, OWN_COLUMN, id, amount, -1);
    ownColumn("--quantity-column", quantity, OWN_COLUMN, id, amount, -1);
    int[] filters = new int[options.where().size()];
    for (int f = 0; f < filters.length; f++) {
      filters[f] = named.column("--where", options.where().get(f).column());
    }
    ColumnHints hints = new ColumnHints(header, options, filters);
    return new ColumnLayout(
        id,
        amount,
        kind(options),
        name,
        currencies,
        kept,
        keptHeaders(kept),
        interval,
        intervalCount,
        quantity,
        filters,
        hints.interval(id, amount, name, intervalCount, quantity),
        hints.quantity(amount, quantity, id, amount, name, interval, intervalCount, parent),
        hints.count(amount, intervalCount, id, amount, name, interval, quantity, parent),
        hints.status(),
        parent,
        optional(options.groupColumn(), "--group-by"));
  }

  /** Under --interval-column each row's value is annual: summed as ARR, MRR = ARR / 12. */
  private static AmountKind kind(ReadOptions options) {
    return options.arrColumn().isPresent() || options.intervalColumn().isPresent()
        ? AmountKind.ARR
        : AmountKind.MRR;
  }

  /** The money column: --arr-column, else --mrr-column, else found by SPEC's MRR names. */
  private int amount(ReadOptions options, int id) {
    boolean arr = options.arrColumn().isPresent();
    Optional<String> amountOption = arr ? options.arrColumn() : options.mrrColumn();
    String amountFlag = arr ? "--arr-column" : "--mrr-column";
    int amount =
        amountOption
            .map(v -> named.column(amountFlag, v))
            .orElseGet(() -> spec.mrr(options.intervalColumn().isPresent()));
    if (id == amount) {
      throw header.problem(
          "the id column and the "
              + (arr ? "ARR" : "MRR")
              + " column are both "
              + header.describe(id)
              + "; name them apart with --id-column and "
              + amountFlag);
    }
    return amount;
  }

  /** The column an optional option names, or -1 without it. */
  private int optional(Optional<String> value, String option) {
    return value.map(v -> named.column(option, v)).orElse(-1);
  }

  /**
   * A column named for one part of the row formula that is already the id, amount or name column is
   * a slip of the option ({@code name} -1 when it does not count).
   */
  private void ownColumn(String option, int column, String need, int id, int amount, int name) {
    if (column >= 0 && (column == id || column == amount || column == name)) {
      String role = column == id ? "id" : column == amount ? "amount" : "name";
      throw header.problem(
          option + " names " + header.describe(column) + ", the " + role + " column; " + need);
    }
  }

  /**
   * Columns stating the currency: {@code currency}, {@code currency_code}, {@code mrr_currency}.
   */
  private int[] currencies(int id, int amount) {
    List<Integer> currencies = new ArrayList<>();
    Set<String> currencyNames = Names.currencyNames(header.name(amount));
    for (int i = 0; i < header.size(); i++) {
      if (i != id && i != amount && currencyNames.contains(header.normal(i))) {
        currencies.add(i);
      }
    }
    return currencies.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The --keep-columns columns in input order; {@code all} keeps every column read for nothing. */
  private int[] kept(ReadOptions options, int id, int amount, int name, int parent) {
    TreeSet<Integer> kept = new TreeSet<>();
    if (options.keep().all()) {
      for (int i = 0; i < header.size(); i++) {
        if (i != id && i != amount && i != name && i != parent && !header.name(i).isBlank()) {
          kept.add(i);
        }
      }
    } else {
      for (String wanted : options.keep().names()) {
        kept.addAll(named.kept(wanted));
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  private List<String> keptHeaders(int[] kept) {
    List<String> names = new ArrayList<>();
    for (int i : kept) {
      names.add(header.name(i));
    }
    return names;
  }
}

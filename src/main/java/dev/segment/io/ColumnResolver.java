package dev.segment.io;

import dev.segment.hints.Names;
import dev.segment.model.AmountKind;
import dev.segment.model.DataException;
import dev.segment.text.Closest;
import dev.segment.text.PrintableText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the id, amount, name, currency and kept columns in the header by SPEC's names, or by the
 * names and 1-based indexes the user gave; a missing or ambiguous column is a {@link DataException}
 * that lists the header and names the option that settles it.
 */
final class ColumnResolver {
  private static final Set<String> SPECIFIC_IDS =
      Set.of("customerid", "accountid", "clientid", "customeruuid");
  private static final String BARE_ID = "id";
  private static final Set<String> MRR_NAMES =
      Set.of("mrr", "monthlyrecurringrevenue", "currentmrr", "mrramount");
  private static final Set<String> ARR_HINTS =
      Set.of("arr", "annualrecurringrevenue", "currentarr", "arramount");
  private static final List<String> NAME_ORDER =
      List.of(
          "name", "customername", "companyname", "accountname", "company", "customer", "account");
  private static final Set<String> INTERVAL_HINTS =
      Set.of(
          "interval",
          "planinterval",
          "intervalunit",
          "billinginterval",
          "billingperiod",
          "billingfrequency");
  private static final Set<String> QUANTITY_HINTS =
      Set.of("quantity", "qty", "seats", "units", "licenses", "licences");
  private static final Set<String> COUNT_HINTS =
      Set.of("intervalcount", "billingintervalcount", "planintervalcount", "billingperiodcount");
  private static final Set<String> STATUS_NAMES = Set.of("status", "subscriptionstatus");
  private static final int SHOWN_COLUMNS = 50;

  private final List<String> header;
  private final String[] normal;
  private final String label;

  private ColumnResolver(List<String> header, String label) {
    this.header = header;
    this.label = label;
    this.normal = new String[header.size()];
    for (int i = 0; i < normal.length; i++) {
      normal[i] = normalise(header.get(i));
    }
  }

  /** The columns to read from a file with this header; {@code label} names the file in messages. */
  static ColumnLayout resolve(List<String> header, ReadOptions options, String label) {
    return new ColumnResolver(List.copyOf(header), label).resolve(options);
  }

  /**
   * The column {@code value} names for {@code option}, as for {@code --id-column}, for the options
   * read beside the layout ({@link RowRules}).
   */
  static int column(List<String> header, String label, String option, String value) {
    return new ColumnResolver(List.copyOf(header), label).byOption(option, value);
  }

  /** A header name as SPEC matches it: lower-cased, every character but letters and digits gone. */
  static String normalise(String name) {
    return Names.normal(name);
  }

  /** True for SPEC's MRR names, including {@code mrr} followed by an ISO 4217 code. */
  static boolean isMrrName(String normalised) {
    if (MRR_NAMES.contains(normalised)) {
      return true;
    }
    return normalised.length() == 6
        && normalised.startsWith("mrr")
        && Currencies.code(normalised.charAt(3), normalised.charAt(4), normalised.charAt(5))
            != null;
  }

  /**
   * True for a name of annual recurring revenue: {@code arr}, {@code annualrecurringrevenue}, or
   * {@code arr} followed by an ISO 4217 code ({@code arr_usd}); never {@code annualrevenue}, which
   * in CRMs is the company's own turnover.
   */
  static boolean isArrName(String normalised) {
    if (ARR_HINTS.contains(normalised)) {
      return true;
    }
    return normalised.length() == 6
        && normalised.startsWith("arr")
        && Currencies.code(normalised.charAt(3), normalised.charAt(4), normalised.charAt(5))
            != null;
  }

  /**
   * A factor of the row formula read from the amount or id column itself (the amount times itself)
   * is a slip of the option, as {@code --parent-column} naming them is.
   */
  private void notTheAmount(String option, int column, int amount, int id) {
    if (column >= 0 && (column == amount || column == id)) {
      throw new DataException(
          label
              + ": "
              + option
              + " names "
              + describe(column)
              + ", the "
              + (column == amount ? "amount" : "id")
              + " column; it needs a column of its own");
    }
  }

  private ColumnLayout resolve(ReadOptions options) {
    int id = options.idColumn().map(v -> byOption("--id-column", v)).orElseGet(this::detectId);
    // Under --interval-column each row's value is annual: summed as ARR, MRR = ARR / 12.
    AmountKind kind =
        options.arrColumn().isPresent() || options.intervalColumn().isPresent()
            ? AmountKind.ARR
            : AmountKind.MRR;
    boolean arr = options.arrColumn().isPresent();
    Optional<String> amountOption = arr ? options.arrColumn() : options.mrrColumn();
    String amountFlag = arr ? "--arr-column" : "--mrr-column";
    int amount = amountOption.map(v -> byOption(amountFlag, v)).orElseGet(() -> detectMrr(options));
    if (id == amount) {
      throw new DataException(
          label
              + ": the id column and the "
              + (arr ? "ARR" : "MRR")
              + " column are both "
              + describe(id)
              + "; name them apart with --id-column and "
              + amountFlag);
    }
    int name =
        options
            .nameColumn()
            .map(v -> byOption("--name-column", v))
            .orElseGet(() -> detectName(id, amount));

    int parent = options.parentColumn().map(v -> byOption("--parent-column", v)).orElse(-1);
    if (parent >= 0 && (parent == id || parent == amount || parent == name)) {
      String role = parent == id ? "id" : parent == amount ? "amount" : "name";
      throw new DataException(
          label
              + ": --parent-column names "
              + describe(parent)
              + ", the "
              + role
              + " column; it needs the column holding each account's parent account id");
    }

    List<Integer> currencies = new ArrayList<>();
    Set<String> currencyNames = Names.currencyNames(header.get(amount));
    for (int i = 0; i < normal.length; i++) {
      if (i != id && i != amount && currencyNames.contains(normal[i])) {
        currencies.add(i);
      }
    }

    TreeSet<Integer> kept = new TreeSet<>();
    if (options.keep().all()) {
      for (int i = 0; i < normal.length; i++) {
        if (i != id && i != amount && i != name && i != parent && !header.get(i).isBlank()) {
          kept.add(i);
        }
      }
    } else {
      for (String wanted : options.keep().names()) {
        kept.addAll(keptByOption(wanted));
      }
    }
    List<String> keptHeaders = new ArrayList<>();
    for (int i : kept) {
      keptHeaders.add(header.get(i));
    }
    int interval = options.intervalColumn().map(v -> byOption("--interval-column", v)).orElse(-1);
    int intervalCount =
        options.intervalCountColumn().map(v -> byOption("--interval-count-column", v)).orElse(-1);
    int quantity = options.quantityColumn().map(v -> byOption("--quantity-column", v)).orElse(-1);
    notTheAmount("--interval-column", interval, amount, id);
    notTheAmount("--interval-count-column", intervalCount, amount, id);
    notTheAmount("--quantity-column", quantity, amount, id);
    int[] filters = new int[options.where().size()];
    for (int f = 0; f < filters.length; f++) {
      filters[f] = byOption("--where", options.where().get(f).column());
    }
    return new ColumnLayout(
        id,
        amount,
        kind,
        name,
        currencies.stream().mapToInt(Integer::intValue).toArray(),
        kept.stream().mapToInt(Integer::intValue).toArray(),
        keptHeaders,
        interval,
        intervalCount,
        quantity,
        filters,
        intervalHint(options, id, amount, name, intervalCount, quantity, filters),
        readAsPrice(options, amount) && quantity < 0
            ? factorHint(QUANTITY_HINTS, id, amount, name, interval, intervalCount, filters, parent)
            : -1,
        readAsPrice(options, amount) && intervalCount < 0
            ? factorHint(COUNT_HINTS, id, amount, name, interval, quantity, filters, parent)
            : -1,
        status(filters),
        parent,
        options.groupColumn().map(v -> byOption("--group-by", v)).orElse(-1));
  }

  /**
   * True when the money column is read as a price rather than MRR: --interval-column was given, or
   * --mrr-column names a column that is no MRR name. Only then can an unnamed quantity or interval
   * count be what the amounts lack.
   */
  private boolean readAsPrice(ReadOptions options, int amount) {
    // A ledger's line amount (--period-columns, --trailing) is the line's total, never a price.
    boolean ledgerLine =
        options.ledger().periodColumns().isPresent() || options.ledger().trailing() != 0;
    return options.intervalColumn().isPresent()
        || (options.mrrColumn().isPresent() && !isMrrName(normal[amount]) && !ledgerLine);
  }

  /**
   * The first column named as in {@code names} that is read for nothing else, or -1: the column a
   * quantity or interval count hint names when its values show it matters.
   */
  private int factorHint(
      Set<String> names,
      int id,
      int amount,
      int name,
      int otherFactor,
      int secondFactor,
      int[] filters,
      int parent) {
    for (int i = 0; i < normal.length; i++) {
      if (names.contains(normal[i])
          && i != id
          && i != amount
          && i != name
          && i != otherFactor
          && i != secondFactor
          && i != parent
          && !named(filters, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The column the interval warning names: the money column was named with --mrr-column, is no MRR
   * name, and a column named like a billing interval is read for nothing else (a --where on it,
   * such as Interval=month, already reads the amounts knowingly). Under --interval-column the
   * amounts are read per interval already, so there is nothing to warn of.
   */
  private int intervalHint(
      ReadOptions options,
      int id,
      int amount,
      int name,
      int intervalCount,
      int quantity,
      int[] filters) {
    if (options.mrrColumn().isEmpty()
        || options.intervalColumn().isPresent()
        || isMrrName(normal[amount])) {
      return -1;
    }
    for (int i = 0; i < normal.length; i++) {
      if (INTERVAL_HINTS.contains(normal[i])
          && i != id
          && i != amount
          && i != name
          && i != intervalCount
          && i != quantity
          && !named(filters, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The first column named {@code status} or {@code subscription_status} no filter names. */
  private int status(int[] filters) {
    for (int i = 0; i < normal.length; i++) {
      if (STATUS_NAMES.contains(normal[i]) && !named(filters, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean named(int[] columns, int column) {
    for (int c : columns) {
      if (c == column) {
        return true;
      }
    }
    return false;
  }

  private int detectId() {
    List<Integer> specific = new ArrayList<>();
    List<Integer> bare = new ArrayList<>();
    for (int i = 0; i < normal.length; i++) {
      if (SPECIFIC_IDS.contains(normal[i])) {
        specific.add(i);
      } else if (normal[i].equals(BARE_ID)) {
        bare.add(i);
      }
    }
    // A specific name beats the bare "id": a Stripe export's "Customer ID" beside its own "id".
    List<Integer> found = specific.isEmpty() ? bare : specific;
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new DataException(
          label
              + ": no customer id column found among "
              + columns()
              + "; name it with --id-column NAME or a 1-based index");
    }
    throw ambiguous("id", found, "--id-column");
  }

  private int detectMrr(ReadOptions options) {
    List<Integer> found = new ArrayList<>();
    int arr = -1;
    int interval = -1;
    for (int i = 0; i < normal.length; i++) {
      if (isMrrName(normal[i])) {
        found.add(i);
      } else if (arr < 0 && isArrName(normal[i])) {
        arr = i;
      } else if (interval < 0 && INTERVAL_HINTS.contains(normal[i])) {
        interval = i;
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      // Annual amounts first: a column named ARR is already recurring revenue, never a price per
      // interval to be multiplied out (nor per seat).
      throw new DataException(
          label
              + ": no MRR column found among "
              + columns()
              + (arr >= 0
                  ? "; \""
                      + shown(header.get(arr))
                      + "\" holds annual recurring revenue: read it with --arr-column \""
                      + shown(header.get(arr))
                      + "\" (MRR = ARR / 12), or name the MRR column with --mrr-column NAME"
                  : "; name it with --mrr-column NAME or a 1-based index"
                      + (interval >= 0 && options.intervalColumn().isEmpty()
                          ? "; a price per billing interval, as in a subscriptions export, also"
                              + " needs --interval-column \""
                              + shown(header.get(interval))
                              + "\""
                          : "")));
    }
    throw ambiguous("MRR", found, "--mrr-column");
  }

  private int detectName(int id, int amount) {
    for (String wanted : NAME_ORDER) {
      for (int i = 0; i < normal.length; i++) {
        if (i != id && i != amount && normal[i].equals(wanted)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The columns {@code --keep-columns} names: every column with exactly that header (duplicate
   * header names are harmless and each keeps its position), else as {@link #byOption}.
   */
  private List<Integer> keptByOption(String value) {
    List<Integer> exact = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(value)) {
        exact.add(i);
      }
    }
    return exact.isEmpty() ? List.of(byOption("--keep-columns", value)) : exact;
  }

  /** The column an option names: exact header name, then normalised name, then 1-based index. */
  private int byOption(String option, String value) {
    List<Integer> exact = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equals(value)) {
        exact.add(i);
      }
    }
    if (exact.size() == 1) {
      return exact.get(0);
    }
    if (exact.size() > 1) {
      throw ambiguousOption(option, value, exact);
    }
    String wanted = normalise(value);
    if (!wanted.isEmpty()) {
      List<Integer> loose = new ArrayList<>();
      for (int i = 0; i < normal.length; i++) {
        if (normal[i].equals(wanted)) {
          loose.add(i);
        }
      }
      if (loose.size() == 1) {
        return loose.get(0);
      }
      if (loose.size() > 1) {
        throw ambiguousOption(option, value, loose);
      }
    }
    String digits = value.strip();
    if (!digits.isEmpty()
        && digits.length() <= 9
        && digits.chars().allMatch(ColumnResolver::digit)) {
      int index = Integer.parseInt(digits);
      if (index >= 1 && index <= header.size()) {
        return index - 1;
      }
      throw new DataException(
          label
              + ": "
              + option
              + " "
              + digits
              + " is outside the header's "
              + header.size()
              + " columns "
              + columns()
              + "; use an index from 1 to "
              + header.size()
              + " or a header name");
    }
    throw new DataException(
        label
            + ": "
            + option
            + " \""
            + value
            + "\" names no column among "
            + columns()
            + suggestion(wanted.isEmpty() ? value.strip() : wanted)
            + " a header name or a 1-based index");
  }

  /**
   * {@code ; did you mean "mrr"? Otherwise use} naming the header whose normalised name is closest,
   * when one is close; else {@code ; use}. A header name or an index follows.
   */
  private String suggestion(String wanted) {
    int closest = Closest.index(wanted, Arrays.asList(normal));
    return closest < 0
        ? "; use"
        : "; did you mean \"" + shown(header.get(closest)) + "\"? Otherwise use";
  }

  private static boolean digit(int c) {
    return c >= '0' && c <= '9';
  }

  private DataException ambiguous(String what, List<Integer> found, String option) {
    return new DataException(
        label
            + ": more than one "
            + what
            + " column among "
            + columns()
            + " ("
            + describe(found)
            + "); pick one with "
            + option
            + " NAME or a 1-based index");
  }

  private DataException ambiguousOption(String option, String value, List<Integer> found) {
    return new DataException(
        label
            + ": "
            + option
            + " \""
            + value
            + "\" matches more than one column among "
            + columns()
            + " ("
            + describe(found)
            + "); use a 1-based index");
  }

  private String describe(List<Integer> found) {
    StringBuilder out = new StringBuilder();
    for (int i : found) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(describe(i));
    }
    return out.toString();
  }

  private String describe(int column) {
    return shown(header.get(column)) + " (column " + (column + 1) + ")";
  }

  /** The header as a list for messages, cut short for very wide or odd headers. */
  private String columns() {
    StringBuilder out = new StringBuilder("[");
    int n = Math.min(header.size(), SHOWN_COLUMNS);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(shown(header.get(i)));
    }
    if (header.size() > n) {
      out.append(", … ").append(header.size() - n).append(" more");
    }
    return out.append(']').toString();
  }

  private static String shown(String cell) {
    if (cell.isBlank()) {
      return "\"\"";
    }
    return PrintableText.clip(cell);
  }
}

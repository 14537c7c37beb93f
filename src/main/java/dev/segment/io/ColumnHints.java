package dev.segment.io;

import java.util.Set;

/**
 * The columns the reading warnings name: one named like a billing interval, quantity, interval
 * count or status that is read for nothing else, so the report can say what the amounts may lack.
 */
final class ColumnHints {
  /** Names of a billing interval column; also what the missing-MRR message points to. */
  static final Set<String> INTERVAL_NAMES =
      Set.of(
          "interval",
          "planinterval",
          "intervalunit",
          "billinginterval",
          "billingperiod",
          "billingfrequency");

  private static final Set<String> QUANTITY_NAMES =
      Set.of("quantity", "qty", "seats", "units", "licenses", "licences");
  private static final Set<String> COUNT_NAMES =
      Set.of("intervalcount", "billingintervalcount", "planintervalcount", "billingperiodcount");
  private static final Set<String> STATUS_NAMES = Set.of("status", "subscriptionstatus");

  private final HeaderColumns header;
  private final ReadOptions options;
  private final int[] filters;

  /** {@code filters}: the {@code --where} columns, which are read knowingly and never hinted. */
  ColumnHints(HeaderColumns header, ReadOptions options, int[] filters) {
    this.header = header;
    this.options = options;
    this.filters = filters;
  }

  /**
   * The column the interval warning names: the money column was named with --mrr-column, is no MRR
   * name, and a column named like a billing interval is read for nothing else (a --where on it,
   * such as Interval=month, already reads the amounts knowingly). Under --interval-column the
   * amounts are read per interval already, so there is nothing to warn of.
   */
  int interval(int id, int amount, int name, int intervalCount, int quantity) {
    if (options.mrrColumn().isEmpty()
        || options.intervalColumn().isPresent()
        || SpecColumns.isMrrName(header.normal(amount))) {
      return -1;
    }
    return header.firstFree(INTERVAL_NAMES, filters, id, amount, name, intervalCount, quantity);
  }

  /**
   * An unnamed quantity column when the amounts are prices and no --quantity-column was given, or
   * -1; {@code taken} are the columns read for something else.
   */
  int quantity(int amount, int quantity, int... taken) {
    return readAsPrice(amount) && quantity < 0
        ? header.firstFree(QUANTITY_NAMES, filters, taken)
        : -1;
  }

  /** As {@link #quantity}, for an interval count column and --interval-count-column. */
  int count(int amount, int intervalCount, int... taken) {
    return readAsPrice(amount) && intervalCount < 0
        ? header.firstFree(COUNT_NAMES, filters, taken)
        : -1;
  }

  /** The first column named {@code status} or {@code subscription_status} no filter names. */
  int status() {
    return header.firstFree(STATUS_NAMES, filters);
  }

  /**
   * True when the money column is read as a price rather than MRR: --interval-column was given, or
   * --mrr-column names a column that is no MRR name. Only then can an unnamed quantity or interval
   * count be what the amounts lack.
   */
  private boolean readAsPrice(int amount) {
    // A ledger's line amount (--period-columns, --trailing) is the line's total, never a price.
    boolean ledgerLine =
        options.ledger().periodColumns().isPresent() || options.ledger().trailing() != 0;
    return options.intervalColumn().isPresent()
        || (options.mrrColumn().isPresent()
            && !SpecColumns.isMrrName(header.normal(amount))
            && !ledgerLine);
  }
}

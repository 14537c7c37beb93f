package dev.segment.cli;

import static dev.segment.cli.ColumnValues.column;

import dev.segment.dates.DateFormat;
import dev.segment.io.ReadOptions;
import dev.segment.rows.RowFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The options of billing exports: which rows count, and the factors a row's amount takes. */
final class BillingGroup implements OptionGroup {
  @Override
  public String heading() {
    return "Billing exports";
  }

  @Option(
      names = "--where",
      paramLabel = "EXPR",
      description =
          "Read only rows whose column holds one of the values: \"Status=active,past_due\";"
              + " COL!=V1,V2 drops them instead; an empty value matches an empty cell"
              + " (\"Canceled At (UTC)=\"). Repeatable: every one must hold. Values are compared"
              + " trimmed, ignoring case; filtered rows are counted per expression, not skipped.")
  List<String> where;

  @Option(
      names = "--interval-column",
      paramLabel = "COL",
      description =
          "The amounts are prices per billing interval, named in this column (day, week, month,"
              + " quarter, year, …): each row is made annual and MRR = ARR/12, so a yearly"
              + " price adds a twelfth.")
  String intervalColumn;

  @Option(
      names = "--interval-count-column",
      paramLabel = "COL",
      description =
          "With --interval-column: intervals per billing period, a whole number >= 1 (3 with"
              + " month is quarterly billing; an empty cell is 1).")
  String intervalCountColumn;

  @Option(
      names = "--quantity-column",
      paramLabel = "COL",
      description =
          "Units billed (seats), a plain number >= 0 multiplying each row's amount (an empty"
              + " cell is 1).")
  String quantityColumn;

  @Option(
      names = "--minor-units",
      description =
          "Amounts are whole numbers in the currency's minor unit (cents, as Baremetrics and"
              + " Stripe's API write them): 4999 USD is 49.99, 4999 JPY is 4999, 4999 BHD 4.999.")
  boolean minorUnits;

  @Option(
      names = "--parent-column",
      paramLabel = "COL",
      description =
          "Roll accounts up to their top parent account: a row whose COL cell names a parent"
              + " account id counts toward that parent, and on up through each parent's own"
              + " parent (a CRM report's \"Parent Account ID\"). tiers.csv gains an accounts"
              + " column. Default: none, each id is a customer.")
  String parentColumn;

  /**
   * The billing rows' options, each checked as it is named.
   *
   * @param dates how --where reads a date value (asked only when there is a --where)
   * @param decimalComma how --where reads a number value
   */
  ReadOptions.Billing billing(Supplier<DateFormat> dates, boolean decimalComma) {
    List<RowFilter> filters = filters(dates, decimalComma);
    return new ReadOptions.Billing(
        filters,
        column(intervalColumn, "--interval-column"),
        column(intervalCountColumn, "--interval-count-column"),
        column(quantityColumn, "--quantity-column"),
        minorUnits,
        column(parentColumn, "--parent-column"));
  }

  /** The --where expressions, each read by {@link RowFilter#parse} (no '=' is a usage error). */
  private List<RowFilter> filters(Supplier<DateFormat> dates, boolean decimalComma) {
    List<RowFilter> list = new ArrayList<>();
    if (where != null) {
      for (String expression : where) {
        RowFilter filter = RowFilter.parse(expression, dates.get(), decimalComma);
        // Its column is named as for --id-column: index 0 or -1 is a usage error there too.
        column(filter.column(), "--where");
        list.add(filter);
      }
    }
    return list;
  }

  /** Adds the options of this group that are set (see {@link InputGroup#addGiven}). */
  void addGiven(Set<String> given) {
    if (parentColumn != null) {
      given.add("--parent-column");
    }
    if (where != null && !where.isEmpty()) {
      given.add("--where");
    }
    if (intervalColumn != null) {
      given.add("--interval-column");
    }
    if (intervalCountColumn != null) {
      given.add("--interval-count-column");
    }
    if (quantityColumn != null) {
      given.add("--quantity-column");
    }
    if (minorUnits) {
      given.add("--minor-units");
    }
  }
}

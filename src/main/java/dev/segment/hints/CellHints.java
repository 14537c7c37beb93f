package dev.segment.hints;

import dev.segment.model.ReadHint;
import dev.segment.model.ValueCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * SPEC's "Warnings from the cells": what the columns segment did not read say about the reading it
 * made, whatever the header calls them. Each rule is exactly as SPEC words its trigger, so that a
 * plain MRR export never sets one off.
 */
public final class CellHints {
  static final Set<String> NOT_PAYING =
      Set.of(
          "canceled",
          "cancelled",
          "expired",
          "churned",
          "trialing",
          "intrial",
          "paused",
          "ended",
          "nonrenewing",
          "pastdue",
          "unpaid",
          "incomplete",
          "future");
  static final Set<String> PAYING = Set.of("active", "live", "pastdue", "nonrenewing");
  static final Set<String> FLAG_NAMES =
      Set.of("churned", "churn", "cancelled", "canceled", "deleted", "ended", "active");
  static final Set<String> PARENT_NAMES =
      Set.of(
          "parentaccountid", "parentid", "parentcompanyid", "parentcustomerid", "ultimateparentid");
  static final List<String> COUNT_WORDS =
      List.of("count", "period", "frequency", "length", "every");
  static final List<String> QUANTITY_WORDS =
      List.of("quantity", "qty", "seats", "units", "licences", "licenses");
  static final List<String> CANCEL_WORDS = List.of("cancel", "churn", "ended", "expire");
  static final List<String> CENTS_WORDS = List.of("amount", "price", "cents");

  private CellHints() {}

  /**
   * What a read found, for the rules.
   *
   * @param header the header as written
   * @param normal each header name normalised (lower case, letters and digits only)
   * @param id the id column
   * @param amount the money column
   * @param name the name column, or -1
   * @param read the columns the reading reads besides id, amount and name (interval, count,
   *     quantity, parent, currency)
   * @param cells each column's cells, null where not counted; a column a {@code --where} names is
   *     counted before the filters, every other after them
   * @param whereKeeps per column a {@code --where} names, whether a value passes all of them
   * @param nameCells the name column's cells, or null
   * @param options the reading options in force
   * @param amounts the used amounts, when the cents rule could apply (else null)
   * @param rowsUsed used rows
   * @param customers distinct ids among them (before any roll-up)
   * @param intervalWord true for a cell SPEC's {@code --interval-column} reads
   * @param mrrName true for a normalised header SPEC reads as MRR
   * @param arrName true for a normalised header of annual amounts ({@code arr}, {@code arr_usd} …)
   */
  public record Reading(
      List<String> header,
      List<String> normal,
      int id,
      int amount,
      int name,
      Set<Integer> read,
      ColumnCells[] cells,
      Map<Integer, Predicate<String>> whereKeeps,
      ColumnCells nameCells,
      Options options,
      AmountCells amounts,
      long rowsUsed,
      long customers,
      Predicate<String> intervalWord,
      Predicate<String> mrrName,
      Predicate<String> arrName) {}

  /**
   * The reading options the rules ask about.
   *
   * @param mrrTyped the user typed {@code --mrr-column} (not a source's)
   * @param arr the amounts are annual ({@code --arr-column})
   * @param interval {@code --interval-column} given
   * @param intervalCount {@code --interval-count-column} given
   * @param quantity {@code --quantity-column} given
   * @param minorUnits {@code --minor-units} given
   * @param parent {@code --parent-column} given
   * @param dated a period or trailing option given (the ledger options)
   * @param subscriptionSource read under a {@code --source} of a subscription export
   * @param sourceColumns columns a {@code --source} reading reads
   */
  public record Options(
      boolean mrrTyped,
      boolean arr,
      boolean interval,
      boolean intervalCount,
      boolean quantity,
      boolean minorUnits,
      boolean parent,
      boolean dated,
      boolean subscriptionSource,
      Set<Integer> sourceColumns) {}

  /** True when the cents rule can apply to a money column of this normalised name. */
  public static boolean centsColumn(String normalName, boolean minorUnits) {
    return !minorUnits && holdsAny(normalName, CENTS_WORDS);
  }

  /** Normalised a cell as SPEC compares statuses: trimmed, lower case, no spaces, _ or -. */
  static String plain(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ' && c != '_' && c != '-' && !Character.isWhitespace(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** Every warning and note the cells give, warnings first in SPEC's order. */
  public static List<ReadHint> find(Reading r) {
    List<ReadHint> out = new ArrayList<>();
    boolean statusLike = StatusRules.status(r, out);
    if (!statusLike) {
      StatusRules.cancelDates(r, out);
    }
    String amountName = r.normal().get(r.amount());
    boolean monthlyOrAnnual = amountName.contains("mrr") || amountName.contains("arr");
    if (!monthlyOrAnnual) {
      FactorRules.interval(r, out);
      FactorRules.count(r, out);
      FactorRules.quantity(r, out);
    }
    FactorRules.cents(r, out);
    subscriptions(r, out);
    annual(r, out);
    anotherMrr(r, out);
    ledger(r, out);
    parents(r, out);
    documentKinds(r, out);
    return out;
  }

  /** A column no reading option reads, no {@code --where} names, and a source does not read. */
  static boolean unused(Reading r, int c) {
    return c != r.id()
        && c != r.amount()
        && c != r.name()
        && !r.read().contains(c)
        && !r.whereKeeps().containsKey(c)
        && !r.options().sourceColumns().contains(c)
        && r.cells()[c] != null;
  }

  private static void subscriptions(Reading r, List<ReadHint> out) {
    if (!r.options().parent() && r.rowsUsed() >= 2 && r.customers() == r.rowsUsed()) {
      for (int c = 0; c < r.header().size(); c++) {
        // The name column too: a Stripe API export's "customer" holds cus_ ids, not names.
        ColumnCells cells = c == r.name() ? r.nameCells() : r.cells()[c];
        if (cells == null || c == r.id() || c == r.amount() || r.read().contains(c)) {
          continue;
        }
        boolean ids =
            (cells.nonEmpty() > 0 && cells.cusIds() == cells.nonEmpty())
                || customerIdName(r.normal().get(c));
        if (ids && cells.repeats()) {
          out.add(
              warning(
                  "subscriptions",
                  "every row of \""
                      + r.header().get(r.id())
                      + "\" is a customer of its own, but column \""
                      + r.header().get(c)
                      + "\" repeats customer ids: \""
                      + r.header().get(r.id())
                      + "\" may hold subscription ids; if so, add --id-column \""
                      + r.header().get(c)
                      + "\"",
                  r.header().get(c),
                  "--id-column"));
          break;
        }
      }
    }
    ColumnCells names = r.nameCells();
    if (names != null
        && names.nonEmpty() > 0
        && (names.cusIds() == names.nonEmpty() || names.idLike() == names.nonEmpty())) {
      out.add(
          warning(
              "names",
              "the name column \""
                  + r.header().get(r.name())
                  + "\" holds ids, not names (such as "
                  + names.counts().top().get(0).value()
                  + "); name the column of names with --name-column",
              r.header().get(r.name()),
              "--name-column"));
    }
  }

  /**
   * True once the name column's cells so far decide both rules that read it: a cell that is no
   * {@code cus_} id and one with a letter or a space rule out ids taken for names, and, unless the
   * header is a customer id's ({@code idName}), subscription ids in that column. Later cells cannot
   * bring either back, so a name column is counted only until then ({@link ColumnCells#forNames}).
   */
  static boolean nameRulesDecided(ColumnCells names, boolean idName) {
    return !idName && names.nonEmpty() > names.cusIds() && names.nonEmpty() > names.idLike();
  }

  static boolean customerIdName(String n) {
    if (PARENT_NAMES.contains(n) || n.startsWith("parent")) {
      return false;
    }
    return (n.contains("customer") || n.contains("account"))
        && (n.endsWith("id") || n.endsWith("ids") || n.endsWith("uuid") || n.endsWith("code"));
  }

  /** {@code --mrr-column} naming a column of annual amounts. */
  private static void annual(Reading r, List<ReadHint> out) {
    if (r.options().arr() || !r.options().mrrTyped()) {
      return;
    }
    if (r.arrName().test(r.normal().get(r.amount()))) {
      out.add(
          warning(
              "annual",
              "--mrr-column names \""
                  + r.header().get(r.amount())
                  + "\", which by its name holds annual amounts; if so, use --arr-column \""
                  + r.header().get(r.amount())
                  + "\" (MRR = ARR / 12)",
              r.header().get(r.amount()),
              "--arr-column"));
    }
  }

  private static void anotherMrr(Reading r, List<ReadHint> out) {
    if (!r.options().mrrTyped()) {
      return;
    }
    for (int c = 0; c < r.header().size(); c++) {
      if (c != r.amount() && r.mrrName().test(r.normal().get(c))) {
        out.add(
            warning(
                "another-mrr",
                "--mrr-column reads \""
                    + r.header().get(r.amount())
                    + "\", but column \""
                    + r.header().get(c)
                    + "\" has an MRR name; if it holds each row's MRR, use --mrr-column \""
                    + r.header().get(c)
                    + "\"",
                r.header().get(c),
                "--mrr-column"));
        return;
      }
    }
  }

  private static void ledger(Reading r, List<ReadHint> out) {
    if (r.options().dated() || r.options().subscriptionSource() || r.customers() == 0) {
      return;
    }
    long per = r.customers();
    for (int c = 0; c < r.header().size(); c++) {
      ColumnCells cells = r.cells()[c];
      String n = r.normal().get(c);
      if (cells != null
          && c != r.id()
          && (n.equals("subscriptionid") || n.equals("subscription") || cells.subIds() > 0)) {
        if (cells.distinct() > 0 && !cells.repeats()) {
          return; // one row a subscription: a subscriptions export, not a ledger
        }
        if (cells.distinct() > per) {
          per = cells.distinct();
        }
      }
    }
    if (r.rowsUsed() < 3 * per) {
      return;
    }
    for (int c = 0; c < r.header().size(); c++) {
      if (!unused(r, c)) {
        continue;
      }
      ColumnCells cells = r.cells()[c];
      if (cells.dates() > 0 && cells.distinctMonths() >= 3) {
        out.add(
            warning(
                "ledger",
                "customers average "
                    + (r.rowsUsed() / per)
                    + " or more rows and column \""
                    + r.header().get(c)
                    + "\" holds dates over 3 or more months: the file looks like a ledger"
                    + " (invoices or a history), whose rows summed are not MRR; read MRR on one"
                    + " date with --as-of DATE and --period-columns START,END or --trailing"
                    + " MONTHS --date-column \""
                    + r.header().get(c)
                    + "\"",
                r.header().get(c),
                "--as-of"));
        return;
      }
    }
  }

  private static void parents(Reading r, List<ReadHint> out) {
    if (r.options().parent()) {
      return;
    }
    for (int c = 0; c < r.header().size(); c++) {
      ColumnCells cells = r.cells()[c];
      if (cells != null
          && c != r.id()
          && PARENT_NAMES.contains(r.normal().get(c))
          && cells.nonEmpty() > 0) {
        out.add(
            note(
                "parent",
                "column \""
                    + r.header().get(c)
                    + "\" names a parent account on "
                    + rows(cells.nonEmpty())
                    + "; to count each account toward its top parent, add --parent-column \""
                    + r.header().get(c)
                    + "\"",
                r.header().get(c),
                "--parent-column"));
        return;
      }
    }
  }

  private static void documentKinds(Reading r, List<ReadHint> out) {
    for (int c = 0; c < r.header().size(); c++) {
      if (!unused(r, c)) {
        continue; // a --where on it already picks the kinds that count
      }
      ColumnCells cells = r.cells()[c];
      boolean invoice = false;
      boolean credit = false;
      boolean accrec = false;
      boolean accpay = false;
      for (String v : cells.values().keySet()) {
        String p = plain(v);
        invoice |= p.equals("invoice");
        credit |= p.contains("credit") && (p.contains("note") || p.contains("memo"));
        accrec |= p.equals("accrec");
        accpay |= p.equals("accpay");
      }
      if ((invoice && credit) || (accrec && accpay)) {
        out.add(
            note(
                "document-kinds",
                "column \""
                    + r.header().get(c)
                    + "\" holds several kinds of document: "
                    + Values.list(cells.counts())
                    + "; a --where on it picks the ones that count",
                r.header().get(c),
                "--where"));
        return;
      }
    }
  }

  static boolean holdsAny(String normal, List<String> words) {
    for (String w : words) {
      if (normal.contains(w)) {
        return true;
      }
    }
    return false;
  }

  static String rows(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "row" : "rows");
  }

  static ReadHint warning(String kind, String text, String column, String option) {
    return new ReadHint(
        true, kind, text, Optional.of(column), Optional.of(option), Optional.empty());
  }

  static ReadHint warning(
      String kind, String text, String column, String option, ValueCounts values) {
    return new ReadHint(
        true, kind, text, Optional.of(column), Optional.of(option), Optional.of(values));
  }

  static ReadHint note(String kind, String text, String column, String option) {
    return new ReadHint(
        false, kind, text, Optional.of(column), Optional.of(option), Optional.empty());
  }
}

package dev.segment.io;

import dev.segment.rows.CurrencyCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SPEC's column names, and the id, MRR and name columns found by them when no option names them; a
 * missing or ambiguous one is a message naming the option that settles it.
 */
final class SpecColumns {
  private static final Set<String> SPECIFIC_IDS =
      Set.of("customerid", "accountid", "clientid", "customeruuid");
  private static final String BARE_ID = "id";
  private static final Set<String> MRR_NAMES =
      Set.of("mrr", "monthlyrecurringrevenue", "currentmrr", "mrramount");
  private static final Set<String> ARR_NAMES =
      Set.of("arr", "annualrecurringrevenue", "currentarr", "arramount");
  private static final List<String> NAME_ORDER =
      List.of(
          "name", "customername", "companyname", "accountname", "company", "customer", "account");

  private final HeaderColumns header;

  SpecColumns(HeaderColumns header) {
    this.header = header;
  }

  /** True for SPEC's MRR names, including {@code mrr} followed by an ISO 4217 code. */
  static boolean isMrrName(String normalised) {
    return MRR_NAMES.contains(normalised) || withCode("mrr", normalised);
  }

  /**
   * True for a name of annual recurring revenue: {@code arr}, {@code annualrecurringrevenue}, or
   * {@code arr} followed by an ISO 4217 code ({@code arr_usd}); never {@code annualrevenue}, which
   * in CRMs is the company's own turnover.
   */
  static boolean isArrName(String normalised) {
    return ARR_NAMES.contains(normalised) || withCode("arr", normalised);
  }

  /** {@code prefix} followed by an ISO 4217 code, as {@code mrrusd}. */
  private static boolean withCode(String prefix, String normalised) {
    return normalised.length() == 6
        && normalised.startsWith(prefix)
        && CurrencyCodes.code(normalised.charAt(3), normalised.charAt(4), normalised.charAt(5))
            != null;
  }

  int id() {
    List<Integer> specific = new ArrayList<>();
    List<Integer> bare = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (SPECIFIC_IDS.contains(header.normal(i))) {
        specific.add(i);
      } else if (header.normal(i).equals(BARE_ID)) {
        bare.add(i);
      }
    }
    // A specific name beats the bare "id": a Stripe export's "Customer ID" beside its own "id".
    List<Integer> found = specific.isEmpty() ? bare : specific;
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw header.problem(
          "no customer id column found among "
              + header.columns()
              + "; name it with --id-column NAME or a 1-based index");
    }
    throw ambiguous("id", found, "--id-column");
  }

  /** The MRR column; {@code intervalNamed} is whether --interval-column was given. */
  int mrr(boolean intervalNamed) {
    List<Integer> found = new ArrayList<>();
    int arr = -1;
    int interval = -1;
    for (int i = 0; i < header.size(); i++) {
      String normal = header.normal(i);
      if (isMrrName(normal)) {
        found.add(i);
      } else if (arr < 0 && isArrName(normal)) {
        arr = i;
      } else if (interval < 0 && ColumnHints.INTERVAL_NAMES.contains(normal)) {
        interval = i;
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw header.problem(
          "no MRR column found among " + header.columns() + noMrrFix(arr, interval, intervalNamed));
    }
    throw ambiguous("MRR", found, "--mrr-column");
  }

  /**
   * Annual amounts first: a column named ARR is already recurring revenue, never a price per
   * interval to be multiplied out (nor per seat).
   */
  private String noMrrFix(int arr, int interval, boolean intervalNamed) {
    if (arr >= 0) {
      String shown = HeaderColumns.shown(header.name(arr));
      return "; \""
          + shown
          + "\" holds annual recurring revenue: read it with --arr-column \""
          + shown
          + "\" (MRR = ARR / 12), or name the MRR column with --mrr-column NAME";
    }
    return "; name it with --mrr-column NAME or a 1-based index"
        + (interval >= 0 && !intervalNamed
            ? "; a price per billing interval, as in a subscriptions export, also"
                + " needs --interval-column \""
                + HeaderColumns.shown(header.name(interval))
                + "\""
            : "");
  }

  /** The name column by SPEC's names in their order of preference, or -1. */
  int name(int id, int amount) {
    for (String wanted : NAME_ORDER) {
      for (int i = 0; i < header.size(); i++) {
        if (i != id && i != amount && header.normal(i).equals(wanted)) {
          return i;
        }
      }
    }
    return -1;
  }

  private RuntimeException ambiguous(String what, List<Integer> found, String option) {
    return header.problem(
        "more than one "
            + what
            + " column among "
            + header.columns()
            + " ("
            + header.describe(found)
            + "); pick one with "
            + option
            + " NAME or a 1-based index");
  }
}

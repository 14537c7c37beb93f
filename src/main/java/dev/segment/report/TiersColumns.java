package dev.segment.report;

import dev.segment.model.Overrides;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of one run's {@code tiers.csv}: segment's own, from one list of groups, then the kept
 * input columns under the names they are written as.
 */
final class TiersColumns {
  /** A group of segment's own columns, in header order; {@link #BASE} is always there. */
  enum Group {
    BASE("customer_id", "name", "mrr", "arr", "rank", "cum_mrr_share", "tier"),
    /**
     * With {@code --pin} or {@code --grace}: the tier the cuts gave, and why {@code tier} differs.
     */
    AUDIT("computed_tier", "override"),
    /**
     * With {@code --parent-column}: how many distinct ids' rows were summed into the top account.
     */
    ROLL_UP("accounts");

    private final List<String> names;

    Group(String... names) {
      this.names = List.of(names);
    }

    List<String> names() {
      return names;
    }
  }

  private static final String CLASH_PREFIX = "input_";

  private final Set<Group> groups;
  private final List<String> own;
  private final List<String> kept;

  /** With {@code --group-by}: the customer's group, written after {@code customer_id,name}. */
  static final String GROUP = "group";

  private TiersColumns(Set<Group> groups, boolean grouped, List<String> keptHeaders) {
    this.groups = groups;
    List<String> names = new ArrayList<>();
    for (Group g : groups) {
      names.addAll(g.names());
    }
    if (grouped) {
      names.add(names.indexOf("name") + 1, GROUP);
    }
    this.own = List.copyOf(names);
    this.kept = keptWrittenAs(keptHeaders, own);
  }

  /**
   * The columns of a run with these overrides, whose customers are top accounts when {@code
   * rolledUp}, that keeps the input columns {@code keptHeaders}.
   */
  static TiersColumns of(Overrides overrides, boolean rolledUp, List<String> keptHeaders) {
    return of(overrides, rolledUp, false, keptHeaders);
  }

  /** As above; {@code grouped} with {@code --group-by}. */
  static TiersColumns of(
      Overrides overrides, boolean rolledUp, boolean grouped, List<String> keptHeaders) {
    Set<Group> groups = EnumSet.of(Group.BASE);
    if (overrides.shown()) {
      groups.add(Group.AUDIT);
    }
    if (rolledUp) {
      groups.add(Group.ROLL_UP);
    }
    return new TiersColumns(groups, grouped, keptHeaders);
  }

  boolean has(Group group) {
    return groups.contains(group);
  }

  /** segment's own columns of this run, in header order. */
  List<String> own() {
    return own;
  }

  /** The kept input columns as the header writes them (and the JSON's {@code kept_written_as}). */
  List<String> kept() {
    return kept;
  }

  /** The whole header: {@link #own()} then {@link #kept()}. */
  List<String> header() {
    List<String> all = new ArrayList<>(own);
    all.addAll(kept);
    return all;
  }

  /**
   * A kept name that clashes (ignoring case, as CRM imports compare) with one of this run's own
   * columns gets the {@code input_} prefix, again while that clashes with an own or a kept name.
   */
  private static List<String> keptWrittenAs(List<String> keptHeaders, List<String> own) {
    Set<String> taken = new HashSet<>(own);
    Set<String> keptLower = new HashSet<>();
    for (String name : keptHeaders) {
      keptLower.add(name.toLowerCase(Locale.ROOT));
    }
    List<String> out = new ArrayList<>(keptHeaders.size());
    for (String name : keptHeaders) {
      String written = name;
      if (taken.contains(name.toLowerCase(Locale.ROOT))) {
        written = CLASH_PREFIX + name;
        while (taken.contains(written.toLowerCase(Locale.ROOT))
            || keptLower.contains(written.toLowerCase(Locale.ROOT))) {
          written = CLASH_PREFIX + written;
        }
      }
      out.add(written);
    }
    return List.copyOf(out);
  }
}

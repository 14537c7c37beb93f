package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.model.Groups;
import dev.segment.model.TierStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With {@code --group-by}, the report's table of groups (customers, MRR, share of total MRR, each
 * tier's customers and floor) and each group's tier table, worded once for the terminal and the
 * page.
 */
final class GroupSections {
  private GroupSections() {}

  /** The groups table, then one section per group in segments.csv's order, then the all block. */
  static List<ReportView.Section> sections(Groups groups, String currency) {
    List<ReportView.Section> out = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Group", "Customers", "MRR", "% of MRR"));
    List<TierStats> all = groups.all();
    for (TierStats t : all) {
      header.add(escape(t.label()));
      header.add("floor");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Groups.Group g : groups.groups()) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  escape(g.name()),
                  Display.count(g.customers()),
                  Display.money(g.mrr(), currency),
                  Display.percent(g.pctMrr())));
      for (TierStats t : g.tiers()) {
        row.add(Display.count(t.customers()));
        row.add(t.amounts().map(a -> Display.money(a.floor(), currency)).orElse("-"));
      }
      rows.add(row);
    }
    out.add(
        new ReportView.Section(
            "groups",
            "Groups (--group-by), by descending MRR",
            new ReportView.Table(Optional.empty(), header, rows, 1, false),
            new ReportView.Paragraph(
                "Each group is ranked and cut on its own curve; a tier's customers and its floor"
                    + " (the lowest MRR in it) within each group.")));
    int k = 0;
    for (Groups.Group g : groups.groups()) {
      out.add(
          new ReportView.Section(
              "group-" + (++k), "Group " + escape(g.name()), tierTable(g.tiers(), currency)));
    }
    out.add(
        new ReportView.Section(
            "group-all", "All groups: each tier label summed", tierTable(all, currency)));
    return out;
  }

  /**
   * The groups the page's chart does not draw (past the {@value Groups#CHARTED} largest), as a list
   * under the chart's sections; none when every group is charted.
   */
  static Optional<ReportView.Section> notCharted(Groups groups, String currency) {
    List<Groups.Group> rest = groups.notCharted();
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>(rest.size());
    for (Groups.Group g : rest) {
      items.add(
          escape(g.name())
              + ": "
              + Display.count(g.customers())
              + (g.customers() == 1 ? " customer, " : " customers, ")
              + Display.money(g.mrr(), currency)
              + " MRR");
    }
    return Optional.of(
        new ReportView.Section(
            "groups-not-charted",
            "Groups not charted",
            new ReportView.Paragraph(
                "The chart draws the "
                    + Groups.CHARTED
                    + " largest groups by MRR; these "
                    + rest.size()
                    + " smaller ones have their tier tables above."),
            new ReportView.Items(items)));
  }

  private static ReportView.Table tierTable(List<TierStats> tiers, String currency) {
    List<List<String>> rows = new ArrayList<>();
    for (TierStats t : tiers) {
      rows.add(
          List.of(
              escape(t.label()),
              Display.count(t.customers()),
              Display.percent(t.pctCustomers()),
              Display.money(t.mrr(), currency),
              Display.percent(t.pctMrr()),
              t.amounts().map(a -> Display.money(a.floor(), currency)).orElse("-")));
    }
    return new ReportView.Table(
        Optional.empty(),
        List.of("", "Customers", "% of customers", "MRR", "% of MRR", "MRR floor"),
        rows,
        1,
        false);
  }
}

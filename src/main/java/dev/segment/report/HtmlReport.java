package dev.segment.report;

import static dev.segment.text.PrintableText.escape;

import dev.segment.analysis.TierLeaders;
import dev.segment.model.Concentration;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import dev.segment.model.SkippedRows;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import dev.segment.text.DefaultTitle;
import dev.segment.text.FileNames;
import dev.segment.text.Money;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes report.html: the report as one self-contained page (no script, nothing loaded) a VP reads
 * and forwards, the chart inline as SVG. The page's words and figures come from the same helpers as
 * the terminal report's, gathered in a {@link ReportView}; the layout is the jte template {@code
 * src/main/jte/report.jte}, compiled at build time, which escapes every value it prints.
 *
 * <p>A new section of the report reaches the page by adding its {@link ReportView.Section} to
 * {@link #view}'s details (a decision) or its method (how the figures were read), in the terminal
 * report's order: the template lays out any section, and {@link OptionFree} keeps option names out
 * of every part but the last.
 */
public final class HtmlReport {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  /** How many of each tier's largest customers the page lists. */
  static final int LARGEST = 10;

  private HtmlReport() {}

  /**
   * What the page says about the run beyond its figures.
   *
   * @param options the options given, as the last section lists them ({@code --cuts 10,30})
   * @param version segment's version, for the footer
   * @param smallChartSvg the chart drawn simpler for a phone's width, one {@code <svg>} element
   */
  public record Run(List<String> options, String version, Optional<String> smallChartSvg) {
    public static final Run NONE = new Run(List.of(), "", Optional.empty());

    public Run {
      options = List.copyOf(options);
    }
  }

  /**
   * Writes the page of a run that writes {@code written} (report.html among them), with the chart
   * as {@code chartSvg}, one {@code <svg>} element, unless there is none.
   */
  public static void write(
      SegmentReport r,
      Presentation presentation,
      List<Path> written,
      Optional<String> chartSvg,
      Writer out)
      throws IOException {
    write(r, presentation, Run.NONE, written, chartSvg, out);
  }

  /** As above, with what {@code run} says about the run. */
  public static void write(
      SegmentReport r,
      Presentation presentation,
      Run run,
      List<Path> written,
      Optional<String> chartSvg,
      Writer out)
      throws IOException {
    try {
      ENGINE.render(
          "report.jte", view(r, presentation, run, written, chartSvg), new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static ReportView view(
      SegmentReport r, Presentation presentation, List<Path> written, Optional<String> chartSvg) {
    return view(r, presentation, Run.NONE, written, chartSvg);
  }

  static ReportView view(
      SegmentReport r,
      Presentation presentation,
      Run run,
      List<Path> written,
      Optional<String> chartSvg) {
    String currency = r.input().currency();
    ParetoCurve curve = r.segmentation().curve();
    String title =
        presentation
            .title()
            .orElseGet(() -> DefaultTitle.of(curve.size(), curve.total(), currency));

    // How the figures were made: the last section, the only one that names files and options.
    List<ReportView.Section> method = new ArrayList<>();
    InputLedger ledger = InputLedger.of(r.input(), r.segmentation(), r.exclusions(), curve.size());
    List<ReportView.Fact> input = new ArrayList<>(ledger.facts());
    // The input by its file name only: the page is mailed, the sender's folders are not its news.
    input.set(0, new ReportView.Fact("Input", FileNames.last(input.get(0).value())));
    method.add(new ReportView.Section("input", "Input", new ReportView.Facts(input)));
    SkippedRows skipped = r.input().skipped();
    List<ReportView.Notice> notices = new ArrayList<>(InputNotes.notices(r.input()));
    if (!skipped.isEmpty()) {
      notices.add(
          0,
          new ReportView.Notice(
              List.of("Rows that could not be used were skipped and are left out of these totals."),
              Optional.of(
                  new ReportView.Link(
                      "skipped", "See Skipped rows in " + ReportView.METHOD_HEADING + "."))));
    }
    SkippedText.section(skipped).ifPresent(method::add);
    CurrencyNotes.section(r.input()).ifPresent(method::add);
    method.addAll(InputNotes.sections(r.input()));

    List<ReportView.Section> details =
        new ArrayList<>(DecisionSections.all(r, currency, FileNames::last));
    if (chartSvg.isPresent()) {
      r.groups().flatMap(g -> GroupSections.notCharted(g, currency)).ifPresent(details::add);
    }

    // Everything above the last section is for people who act on the figures: no option names.
    OptionFree free = new OptionFree();
    List<ReportView.Notice> shownNotices = new ArrayList<>();
    for (ReportView.Notice n : notices) {
      shownNotices.add(free.notice(n));
    }
    ReportView.Section tiers = free.section(tiers(r, currency));
    ReportView.Section concentration = free.section(concentration(r.concentration()));
    ReportView.Section largest = free.section(largest(r, currency));
    List<ReportView.Section> shownDetails = new ArrayList<>();
    for (ReportView.Section d : details) {
      shownDetails.add(free.section(d));
    }
    if (!free.inFull().isEmpty()) {
      method.add(
          new ReportView.Section(
              "in-full",
              "Notes with the options to act on them",
              new ReportView.Items(free.inFull())));
    }
    method.add(
        new ReportView.Section(
            "options",
            "Options",
            run.options().isEmpty()
                ? new ReportView.Paragraph("None given: every option at its default.")
                : new ReportView.Items(run.options())));
    List<String> files = new ArrayList<>();
    for (Path p : written) {
      Path name = p.getFileName();
      files.add(name == null ? p.toString() : name.toString());
    }
    method.add(
        files.isEmpty()
            ? new ReportView.Section("files", "Files written", new ReportView.Paragraph("None."))
            : new ReportView.Section("files", "Files written", new ReportView.Items(files)));

    String footer =
        "Made by segment"
            + (run.version().isEmpty() ? "" : " " + run.version())
            + presentation.asOf().map(d -> " · figures as of " + d).orElse("")
            + ".";
    return new ReportView(
        title,
        presentation.asOf().map(d -> "As of " + d),
        headlines(r, currency),
        chartSvg,
        chartSvg.isPresent() ? run.smallChartSvg() : Optional.empty(),
        tiers,
        concentration,
        largest,
        shownNotices,
        shownDetails,
        method,
        footer);
  }

  /**
   * The figures a reader sees first: the total MRR, the customers, what the top tier holds (its
   * share of MRR from its share of customers) and the Gini coefficient.
   */
  private static List<ReportView.Headline> headlines(SegmentReport r, String currency) {
    ParetoCurve curve = r.segmentation().curve();
    List<ReportView.Headline> h = new ArrayList<>();
    h.add(
        new ReportView.Headline(
            "Total MRR",
            Display.money(curve.totalMrr(Money.minorDigits(currency)), currency),
            "a month; ARR " + SummaryText.totalArr(r),
            -1));
    h.add(new ReportView.Headline("Customers", Display.count(curve.size()), "on the curve", -1));
    TierStats top = r.tiers().get(0);
    h.add(
        new ReportView.Headline(
            escape(top.label()) + " holds",
            Display.percent(top.pctMrr()),
            "of MRR, from " + Display.percent(top.pctCustomers()) + " of customers",
            0));
    h.add(
        new ReportView.Headline(
            SummaryText.GINI_LABEL,
            r.concentration().gini().toPlainString(),
            "0: all pay the same; 1: one customer pays it all",
            -1));
    return h;
  }

  /**
   * The tier table as the terminal prints it, a column per tier and a row per measure, each tier's
   * column marked with its band colour in the chart.
   */
  private static ReportView.Section tiers(SegmentReport r, String currency) {
    List<String> header = new ArrayList<>();
    List<Integer> columnTiers = new ArrayList<>();
    header.add("");
    columnTiers.add(-1);
    List<String[]> columns = new ArrayList<>();
    for (TierStats t : r.tiers()) {
      String[] column = SummaryText.column(t, currency);
      columnTiers.add(columns.size());
      columns.add(column);
      header.add(column[0]);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int m = 0; m < SummaryText.MEASURES.size(); m++) {
      List<String> row = new ArrayList<>();
      row.add(SummaryText.MEASURES.get(m));
      for (String[] column : columns) {
        row.add(column[m + 1]);
      }
      rows.add(row);
    }
    List<ReportView.Block> blocks = new ArrayList<>();
    blocks.add(
        new ReportView.Table(Optional.empty(), header, rows, 1, false, columnTiers, -1, true));
    blocks.add(
        new ReportView.Paragraph(
            "Cut " + SummaryText.rule(r.segmentation().rule(), currency) + "."));
    for (String note : CutNotes.notes(r)) {
      blocks.add(new ReportView.Paragraph(note));
    }
    for (TierStats t : r.tiers()) {
      if (t.customers() == 0) {
        blocks.add(new ReportView.Paragraph(SummaryText.emptyTier(t)));
      }
    }
    return new ReportView.Section("tiers", "Tiers", blocks);
  }

  /** Each tier's largest customers, read off the rank order: name (or id), MRR, share of MRR. */
  private static ReportView.Section largest(SegmentReport r, String currency) {
    // Under --group-by a customer's tier comes from its group's own curve, not the whole base's:
    // the lists follow the tier table (r.tiers()) and each rank is the one within its group.
    boolean grouped = r.groups().isPresent();
    List<List<TierLeaders.Leader>> leaders =
        r.groups()
            .map(g -> TierLeaders.of(g, r.segmentation().curve().total(), LARGEST))
            .orElseGet(() -> TierLeaders.of(r.segmentation(), LARGEST));
    List<Tier> cut = r.segmentation().tiers();
    List<ReportView.Block> blocks = new ArrayList<>();
    for (int t = 0; t < cut.size(); t++) {
      Tier tier = cut.get(t);
      // Without groups, as the cuts place them (before pins and grace, as the lists are).
      int size = grouped ? r.tiers().get(t).customers() : tier.size();
      List<List<String>> rows = new ArrayList<>();
      for (TierLeaders.Leader l : leaders.get(t)) {
        String who = l.name().isEmpty() ? l.id() : l.name();
        rows.add(
            List.of(
                Display.count(l.rank()),
                escape(grouped ? l.group() + " · " + who : who),
                Display.money(l.mrr(), currency),
                Display.percent(l.pctMrr())));
      }
      String caption =
          escape(tier.label())
              + (size > LARGEST
                  ? ": the " + LARGEST + " largest of " + Display.count(size)
                  : size == 0
                      ? ": no customers"
                      : ": " + Display.plural(size, "customer", "customers"));
      blocks.add(
          new ReportView.Table(
              Optional.of(caption),
              List.of("Rank", "Customer", "MRR", "Share"),
              rows,
              2,
              false,
              List.of(),
              t,
              false));
    }
    if (grouped) {
      blocks.add(
          new ReportView.Paragraph(
              "Each customer is shown with its group; its tier and rank are those of its group's"
                  + " own curve."));
    }
    if (r.overrides().changesTiers()) {
      blocks.add(
          new ReportView.Paragraph(
              "Tiers as the cuts place them, before pinned customers and grace are applied."));
    }
    return new ReportView.Section("largest", "Largest customers of each tier", blocks);
  }

  private static ReportView.Section concentration(Concentration c) {
    List<ReportView.Fact> facts = new ArrayList<>();
    facts.add(
        new ReportView.Fact(
            SummaryText.GINI_LABEL, c.gini().toPlainString() + " " + SummaryText.GINI_NOTE));
    for (SummaryText.Figure f : SummaryText.figures(c)) {
      facts.add(new ReportView.Fact(f.label(), f.value() + f.unit()));
    }
    return new ReportView.Section("concentration", "Concentration", new ReportView.Facts(facts));
  }
}

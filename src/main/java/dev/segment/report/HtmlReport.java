package dev.segment.report;

import dev.segment.model.AutoCuts;
import dev.segment.model.Concentration;
import dev.segment.model.ParetoCurve;
import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import dev.segment.model.SkippedRows;
import dev.segment.model.TierStats;
import dev.segment.text.DefaultTitle;
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
 * Writes report.html: the terminal report as one self-contained page (no script, nothing loaded),
 * the chart inline as SVG. The page's words and figures come from the same helpers as the terminal
 * report's, gathered in a {@link ReportView}; the layout is the jte template {@code
 * src/main/jte/report.jte}, compiled at build time, which escapes every value it prints.
 *
 * <p>A new section of the report reaches the page by adding its {@link ReportView.Section} to
 * {@link #view}'s details, in the terminal report's order: the template lays out any section.
 */
public final class HtmlReport {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private HtmlReport() {}

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
    try {
      ENGINE.render("report.jte", view(r, presentation, written, chartSvg), new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static ReportView view(
      SegmentReport r, Presentation presentation, List<Path> written, Optional<String> chartSvg) {
    String currency = r.input().currency();
    ParetoCurve curve = r.segmentation().curve();
    String title =
        presentation
            .title()
            .orElseGet(() -> DefaultTitle.of(curve.size(), curve.total(), currency));
    ReportView.Section totals =
        new ReportView.Section(
            "totals",
            "Totals",
            new ReportView.Facts(
                List.of(
                    new ReportView.Fact("Total MRR", SummaryText.totalMrr(r)),
                    new ReportView.Fact("Total ARR", SummaryText.totalArr(r)),
                    new ReportView.Fact(
                        "Rule", SummaryText.rule(r.segmentation().rule(), currency)))));

    List<ReportView.Section> details = new ArrayList<>();
    InputLedger ledger = InputLedger.of(r.input(), r.segmentation(), r.exclusions(), curve.size());
    details.add(new ReportView.Section("input", "Input", new ReportView.Facts(ledger.facts())));
    SkippedRows skipped = r.input().skipped();
    List<ReportView.Notice> notices = new ArrayList<>(InputNotes.notices(r.input()));
    if (!skipped.isEmpty()) {
      notices.add(
          0,
          new ReportView.Notice(
              List.of("Rows that could not be used were skipped and are left out of these totals."),
              Optional.of(new ReportView.Link("skipped", "See Skipped rows below."))));
      List<String> reasons = new ArrayList<>();
      for (SkippedRows.Tally t : skipped.tallies()) {
        reasons.add(SkippedText.tally(t));
      }
      details.add(new ReportView.Section("skipped", "Skipped rows", new ReportView.Items(reasons)));
    }
    CurrencyNotes.section(r.input()).ifPresent(details::add);
    details.addAll(InputNotes.sections(r.input()));
    Optional<AutoCuts> auto = AutoText.cuts(r);
    if (auto.isPresent()) {
      List<ReportView.Block> paragraphs = new ArrayList<>();
      for (String p : AutoText.paragraphs(auto.get(), r.segmentation(), r.tiers(), currency)) {
        paragraphs.add(new ReportView.Paragraph(p));
      }
      details.add(new ReportView.Section("auto", AutoText.HEADING, paragraphs));
    }
    DecisionSections.overrides(r, currency).ifPresent(details::add);
    r.staffing().ifPresent(s -> details.add(DecisionSections.staffing(s, currency)));
    r.budget().ifPresent(b -> details.add(DecisionSections.budget(b, currency)));
    r.movements()
        .ifPresent(m -> details.add(DecisionSections.movements(m, r.segmentation(), currency)));
    r.retention().ifPresent(t -> details.add(DecisionSections.retention(t, currency)));
    r.sweep().ifPresent(sw -> details.add(DecisionSections.sweep(sw, currency)));
    r.groups().ifPresent(g -> details.addAll(GroupSections.sections(g, currency)));
    List<String> files = new ArrayList<>();
    for (Path p : written) {
      files.add(p.toString());
    }
    details.add(
        files.isEmpty()
            ? new ReportView.Section("files", "Files written", new ReportView.Paragraph("None."))
            : new ReportView.Section("files", "Files written", new ReportView.Items(files)));

    return new ReportView(
        title,
        presentation.asOf().map(d -> "As of " + d),
        chartSvg,
        totals,
        tiers(r, currency),
        concentration(r.concentration()),
        notices,
        details);
  }

  /** The tier table as the terminal prints it: a column per tier, a row per measure. */
  private static ReportView.Section tiers(SegmentReport r, String currency) {
    List<String> header = new ArrayList<>();
    header.add("");
    List<String[]> columns = new ArrayList<>();
    for (TierStats t : r.tiers()) {
      String[] column = SummaryText.column(t, currency);
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
    blocks.add(new ReportView.Table(Optional.empty(), header, rows, 1, false));
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

package dev.segment.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.segment.model.Presentation;
import dev.segment.model.SegmentReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** report.html from hand-built reports: the terminal report's sentences and figures, as a page. */
class HtmlReportTest {
  private static final List<Path> WRITTEN =
      List.of(Path.of("segment-out", "segments.csv"), Path.of("segment-out", "report.html"));

  private static String page(SegmentReport r, Presentation p, Optional<String> svg)
      throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(r, p, WRITTEN, svg, out);
    return out.toString();
  }

  private static String terminal(SegmentReport r) throws IOException {
    StringBuilder out = new StringBuilder();
    TerminalReport.write(r, WRITTEN, out);
    return out.toString();
  }

  @Test
  void anEmptyTierSkippedRowsAndExclusionsReadAsInTheTerminal() throws IOException {
    String html = page(Fixtures.byMrrReport(), Presentation.DEFAULT, Optional.empty());
    assertThat(html)
        .contains("<title>MRR Pareto: 6 customers, $1.05K MRR</title>")
        .contains("<td class=\"n\">(empty)<span class=\"f\"></span></td>")
        .contains("<p>Hybrid is empty: no customer falls within its cuts.</p>")
        .contains("<section id=\"skipped\">", "<li>1 non-numeric MRR: line 5</li>")
        .contains("7: 6 on the curve; excluded 1 with negative MRR (-$12.50 in total)")
        .doesNotContain("<svg");
  }

  @Test
  void skippedRowsAreFlaggedAboveTheChartAndTotals() throws IOException {
    String html =
        page(Fixtures.byMrrReport(), Presentation.DEFAULT, Optional.of("<svg id=\"c\"></svg>"));
    int notice = html.indexOf("<aside class=\"notices\"");
    assertThat(notice).isPositive().isLessThan(html.indexOf("<svg"));
    assertThat(html.substring(notice, html.indexOf("</aside>")))
        .contains("skipped and are left out of these totals", "<a href=\"#skipped\">");
  }

  @Test
  void autoCutsAreExplainedWithTheFlagsThatFreezeThem() throws IOException {
    String html = page(Fixtures.autoReport(), Presentation.DEFAULT, Optional.empty());
    int method = html.indexOf("<section id=\"method\"");
    assertThat(html.indexOf("<section id=\"auto\">")).isPositive().isLessThan(method);
    // The flags are options: the sentence naming them is in the last section, in full.
    assertThat(html.substring(method))
        .contains(
            "To freeze these tiers (in a cron job, say): <code class=\"opt\">--by</code> mrr"
                + " <code class=\"opt\">--cuts</code> ");
  }

  @Test
  void theTitleAndDateOfThePresentationHeadThePage() throws IOException {
    Presentation p =
        new Presentation(
            Optional.of("Tiers & <b>Q4</b>"),
            Optional.of(LocalDate.of(2026, 12, 1)),
            Presentation.BarScale.LINEAR);
    String html = page(Fixtures.byMrrReport(), p, Optional.of("<svg id=\"c\"></svg>"));
    assertThat(html)
        .contains("<title>Tiers &amp; &lt;b&gt;Q4&lt;/b&gt;</title>")
        .contains("<h1>Tiers &amp; &lt;b&gt;Q4&lt;/b&gt;</h1>")
        .contains("<p>As of 2026-12-01</p>")
        .contains(
            "<figure class=\"chart\"><div class=\"full\"><svg id=\"c\"></svg></div></figure>");
  }

  @Test
  void theFiguresAreTheTerminalsFigures() throws IOException {
    for (SegmentReport r : List.of(Fixtures.byMrrReport(), Fixtures.autoReport())) {
      PageFigures.assertSame(terminal(r), page(r, Presentation.DEFAULT, Optional.empty()));
    }
  }
}

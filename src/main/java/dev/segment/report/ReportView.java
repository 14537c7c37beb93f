package dev.segment.report;

import java.util.List;
import java.util.Optional;

/**
 * The report as report.html shows it: every figure and sentence already worded (by the same helpers
 * the terminal report prints them with), in sections of facts, tables, paragraphs and lists that
 * the page's template lays out without knowing what they hold. The summary (totals, tier table,
 * concentration, beside the chart) is printed on one page; {@code details} follow it, one section
 * each in the terminal report's order.
 *
 * @param title the page's heading and {@code <title>}: {@code --title}, or the chart's default
 * @param asOf {@code As of 2026-12-01} when {@code --as-of} was given
 * @param chartSvg the chart as one inline {@code <svg>} element (trusted markup: JFreeSVG escapes
 *     the text it draws), absent with {@code --no-chart}
 */
public record ReportView(
    String title,
    Optional<String> asOf,
    Optional<String> chartSvg,
    Section totals,
    Section tiers,
    Section concentration,
    List<Notice> notices,
    List<Section> details) {
  public ReportView {
    notices = List.copyOf(notices);
    details = List.copyOf(details);
  }

  /**
   * A warning shown above the chart and totals, so that it prints on the first page with them: its
   * lines, and a link to the section further down that has the detail, if one does.
   */
  public record Notice(List<String> lines, Optional<Link> more) {
    public Notice {
      lines = List.copyOf(lines);
    }

    public Notice(List<String> lines) {
      this(lines, Optional.empty());
    }
  }

  /** A link to the section {@code id} on the same page. */
  public record Link(String id, String text) {}

  /**
   * One titled part of the report.
   *
   * @param id the element id, a fixed word (never input text)
   */
  public record Section(String id, String heading, List<Block> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }

    public Section(String id, String heading, Block... blocks) {
      this(id, heading, List.of(blocks));
    }
  }

  /** What a section holds, in order. */
  public sealed interface Block permits Facts, Table, Paragraph, Items {}

  /** Label and value rows: {@code Total MRR $3,726,514.20 a month, …}. */
  public record Facts(List<Fact> rows) implements Block {
    public Facts {
      rows = List.copyOf(rows);
    }
  }

  /** One fact; an empty label continues the fact above it, as the terminal's indented lines do. */
  public record Fact(String label, String value) {}

  /**
   * A table. The first {@code textColumns} columns hold words (left-aligned), the rest figures
   * (right-aligned); with {@code total} the last row sums the ones above.
   *
   * @param caption a heading of its own inside the section, when there is one
   * @param header the column headings (an empty first one over row labels)
   */
  public record Table(
      Optional<String> caption,
      List<String> header,
      List<List<String>> rows,
      int textColumns,
      boolean total)
      implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }

    /** Whether {@code column} holds words rather than figures. */
    public boolean isText(int column) {
      return column < textColumns;
    }
  }

  /** A sentence or a few, as the terminal wraps them. */
  public record Paragraph(String text) implements Block {}

  /** A bulleted list: skipped-row reasons, the files written. */
  public record Items(List<String> items) implements Block {
    public Items {
      items = List.copyOf(items);
    }
  }
}

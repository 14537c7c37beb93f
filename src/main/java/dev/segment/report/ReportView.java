package dev.segment.report;

import java.util.List;
import java.util.Optional;

/**
 * The report as report.html shows it: every figure and sentence already worded (by the same helpers
 * the terminal report prints them with), in sections of facts, tables, paragraphs and lists that
 * the page's template lays out without knowing what they hold. The terminal lays out the same
 * sections ({@link TerminalSections}); the few blocks it sets apart say so in a field of their own.
 *
 * <p>The page reads as a VP reads it: the headline figures first, the notices, the tier table in
 * the chart's tier colours, the chart, the concentration figures and the largest customers of each
 * tier (printed together on one landscape page), then the decision sections ({@code details}), and
 * last {@code method}, "How these figures were made": how the input was read, the options, the
 * files written. Command-line options and file names appear in that last part only.
 *
 * @param title the page's heading and {@code <title>}: {@code --title}, or the chart's default
 * @param asOf {@code As of 2026-12-01} when {@code --as-of} was given
 * @param headlines the figures shown first, in large type
 * @param chartSvg the chart as one inline {@code <svg>} element (trusted markup: JFreeSVG escapes
 *     the text it draws), absent with {@code --no-chart}
 * @param smallChartSvg a simpler drawing of the chart for a phone's width (trusted markup, its
 *     labels at 12 px or more), shown instead of {@code chartSvg} there
 * @param largest the ten largest customers of each tier
 * @param method the parts of "How these figures were made", in order
 * @param footer the footer's line: version and as-of date
 */
public record ReportView(
    String title,
    Optional<String> asOf,
    List<Headline> headlines,
    Optional<String> chartSvg,
    Optional<String> smallChartSvg,
    Section tiers,
    Section concentration,
    Section largest,
    List<Notice> notices,
    List<Section> details,
    List<Section> method,
    String footer) {
  /** The id of the last section, "How these figures were made", which notices link to. */
  public static final String METHOD_ID = "method";

  public static final String METHOD_HEADING = "How these figures were made";

  public ReportView {
    headlines = List.copyOf(headlines);
    notices = List.copyOf(notices);
    details = List.copyOf(details);
    method = List.copyOf(method);
  }

  /**
   * A headline figure: {@code Total MRR}, {@code $3,733,014.62}, {@code a month}.
   *
   * @param tier the 0-based tier whose colour marks it, or -1
   */
  public record Headline(String label, String value, String note, int tier) {}

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

  /**
   * Label and value rows: {@code Total MRR $3,726,514.20 a month, …}.
   *
   * @param inline the terminal prints each as {@code Label: value}, a total under the table above
   *     it, rather than in a column of labels; the page shows both alike
   */
  public record Facts(List<Fact> rows, boolean inline) implements Block {
    public Facts {
      rows = List.copyOf(rows);
    }

    /** Facts in a column of labels. */
    public Facts(List<Fact> rows) {
      this(rows, false);
    }
  }

  /** One fact; an empty label continues the fact above it, as the terminal's indented lines do. */
  public record Fact(String label, String value) {}

  /**
   * A table. The first {@code textColumns} columns hold words (left-aligned), the rest figures
   * (right-aligned, lined up on the decimal point); with {@code total} the last row sums the ones
   * above.
   *
   * @param caption a heading of its own inside the section, when there is one
   * @param header the column headings (an empty first one over row labels)
   * @param columnTiers per column, the 0-based tier whose chart colour marks it, or -1; empty when
   *     no column is marked
   * @param captionTier the 0-based tier whose colour marks the caption, or -1
   * @param cards shown as one card per column (after the first) on a narrow screen, where the table
   *     would scroll sideways
   */
  public record Table(
      Optional<String> caption,
      List<String> header,
      List<List<String>> rows,
      int textColumns,
      boolean total,
      List<Integer> columnTiers,
      int captionTier,
      boolean cards)
      implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
      columnTiers = List.copyOf(columnTiers);
      if (!columnTiers.isEmpty() && columnTiers.size() != header.size()) {
        throw new IllegalArgumentException("one tier (or -1) per column");
      }
    }

    /** A plain table: no tier colours, no cards. */
    public Table(
        Optional<String> caption,
        List<String> header,
        List<List<String>> rows,
        int textColumns,
        boolean total) {
      this(caption, header, rows, textColumns, total, List.of(), -1, false);
    }

    /** Whether {@code column} holds words rather than figures. */
    public boolean isText(int column) {
      return column < textColumns;
    }

    /** The tier whose colour marks {@code column}, or -1. */
    public int tierOf(int column) {
      return columnTiers.isEmpty() ? -1 : columnTiers.get(column);
    }
  }

  /**
   * A sentence or a few, as the terminal wraps them.
   *
   * @param hanging the terminal indents its later lines under the first one's text, as a point made
   *     on its own (the auto cuts explained); the page shows both alike
   */
  public record Paragraph(String text, boolean hanging) implements Block {
    /** A note whose lines the terminal wraps flush with its first. */
    public Paragraph(String text) {
      this(text, false);
    }
  }

  /** A bulleted list: skipped-row reasons, the files written. */
  public record Items(List<String> items) implements Block {
    public Items {
      items = List.copyOf(items);
    }
  }
}

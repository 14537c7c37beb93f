package dev.segment.report;

import static dev.segment.report.Wrapping.wrap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link ReportView.Section} as terminal text, as the page's template lays it out as
 * HTML: a blank line, the heading, then each block indented under it. The layout follows from the
 * block's type alone:
 *
 * <ul>
 *   <li>facts in a column of labels, or {@code Label: value} when {@link ReportView.Facts#inline};
 *   <li>a table with its header row, the words left-aligned and the figures right-aligned; a table
 *       with a caption is a list under that caption, its rows further in and without the header,
 *       since they speak for themselves;
 *   <li>a paragraph wrapped to the width, its later lines further in when {@link
 *       ReportView.Paragraph#hanging};
 *   <li>list items each wrapped with its later lines further in.
 * </ul>
 */
final class TerminalSections {
  private static final String NL = "\n";
  private static final String INDENT = "  ";
  private static final String HANG = "    ";

  /** The label column of facts: {@code " Moved up "}. */
  private static final int LABEL_WIDTH = 16;

  private TerminalSections() {}

  /** Each of {@code sections}, in order. */
  static void write(List<ReportView.Section> sections, Appendable out) throws IOException {
    for (ReportView.Section s : sections) {
      write(s, out);
    }
  }

  static void write(ReportView.Section section, Appendable out) throws IOException {
    out.append(NL).append(section.heading()).append(NL);
    for (ReportView.Block b : section.blocks()) {
      block(b, out);
    }
  }

  private static void block(ReportView.Block b, Appendable out) throws IOException {
    if (b instanceof ReportView.Facts f) {
      facts(f, out);
    } else if (b instanceof ReportView.Table t) {
      table(t, out);
    } else if (b instanceof ReportView.Paragraph p) {
      wrap(p.text(), INDENT, p.hanging() ? HANG : INDENT, out);
    } else if (b instanceof ReportView.Items items) {
      for (String item : items.items()) {
        wrap(item, INDENT, HANG, out);
      }
    }
  }

  private static void facts(ReportView.Facts facts, Appendable out) throws IOException {
    for (ReportView.Fact f : facts.rows()) {
      out.append(INDENT).append(f.label());
      if (facts.inline()) {
        out.append(": ");
      } else {
        out.append(" ".repeat(Math.max(1, LABEL_WIDTH - f.label().length())));
      }
      out.append(f.value()).append(NL);
    }
  }

  private static void table(ReportView.Table t, Appendable out) throws IOException {
    if (t.caption().isPresent()) {
      out.append(INDENT).append(t.caption().get()).append(NL);
      columns(t.rows(), t.textColumns(), HANG, out);
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(t.header());
      rows.addAll(t.rows());
      columns(rows, t.textColumns(), INDENT, out);
    }
  }

  /** The first {@code textColumns} columns left-aligned, the figures after them right-aligned. */
  private static void columns(
      List<List<String>> rows, int textColumns, String indent, Appendable out) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String fill = " ".repeat(widths[c] - cell.length());
        line.append(c == 0 ? "" : "  ").append(c < textColumns ? cell + fill : fill + cell);
      }
      out.append(line.toString().stripTrailing()).append(NL);
    }
  }
}

package dev.segment.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * report.html's rule that no command-line option shows outside its last section ("How these figures
 * were made"): the page goes up to people who act on the figures, not on the options. A line that
 * names an option loses the clause that does ({@code …; if so, add --interval-column "Interval"})
 * or the parenthesis ({@code (no --where names it)}); the line in full, option and all, is kept for
 * the last section, where the notice links to. Any section a later change adds goes through the
 * same rule, so none brings an option back to the top of the page.
 */
final class OptionFree {
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[A-Za-z][A-Za-z0-9-]*");
  private static final Pattern PARENTHESIS_WITH_OPTION =
      Pattern.compile("\\s*\\([^()]*(?<![\\w-])--[A-Za-z][^()]*\\)");

  /** The lines in full that lost an option here, for the last section; in page order. */
  private final Set<String> inFull = new LinkedHashSet<>();

  static boolean namesOption(String text) {
    return OPTION.matcher(text).find();
  }

  /**
   * The line without its options: clauses ({@code ; }) naming one left out, parentheses naming one
   * left out; empty when nothing is left. A clause that is all the line has keeps its words with
   * each option named as "an option".
   */
  static Optional<String> line(String text) {
    if (!namesOption(text)) {
      return Optional.of(text);
    }
    String s = PARENTHESIS_WITH_OPTION.matcher(text).replaceAll("");
    List<String> kept = new ArrayList<>();
    for (String clause : s.split("; ")) {
      if (!namesOption(clause)) {
        kept.add(clause);
      }
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    String joined = String.join("; ", kept).strip();
    if (text.strip().endsWith(".") && !joined.endsWith(".")) {
      joined = joined.replaceAll("[,:;]+$", "") + ".";
    }
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  /** {@link #line}, remembering the line in full when it changed. */
  private Optional<String> scrub(String text) {
    Optional<String> out = line(text);
    if (out.isEmpty() || !out.get().equals(text)) {
      inFull.add(text);
    }
    return out;
  }

  private String scrubCell(String text) {
    return scrub(text).orElse("");
  }

  ReportView.Notice notice(ReportView.Notice n) {
    List<String> lines = new ArrayList<>();
    boolean changed = false;
    for (String l : n.lines()) {
      Optional<String> s = scrub(l);
      changed |= s.isEmpty() || !s.get().equals(l);
      s.ifPresent(lines::add);
    }
    if (!changed) {
      return n;
    }
    if (lines.isEmpty()) {
      lines.add("A note on how the file was read.");
    }
    return new ReportView.Notice(
        lines,
        Optional.of(
            n.more()
                .orElse(
                    new ReportView.Link(
                        ReportView.METHOD_ID,
                        "What to do about it: see " + ReportView.METHOD_HEADING + "."))));
  }

  ReportView.Section section(ReportView.Section s) {
    int before = inFull.size();
    List<ReportView.Block> blocks = new ArrayList<>();
    for (ReportView.Block b : s.blocks()) {
      blocks.add(block(b));
    }
    if (inFull.size() > before) {
      blocks.add(
          new ReportView.Paragraph(
              "The options for this are named under " + ReportView.METHOD_HEADING + "."));
    }
    return new ReportView.Section(s.id(), scrubCell(s.heading()), blocks);
  }

  private ReportView.Block block(ReportView.Block b) {
    if (b instanceof ReportView.Facts f) {
      List<ReportView.Fact> rows = new ArrayList<>();
      for (ReportView.Fact fact : f.rows()) {
        rows.add(new ReportView.Fact(scrubCell(fact.label()), scrubCell(fact.value())));
      }
      return new ReportView.Facts(rows);
    } else if (b instanceof ReportView.Table t) {
      List<List<String>> rows = new ArrayList<>();
      for (List<String> row : t.rows()) {
        rows.add(row.stream().map(this::scrubCell).toList());
      }
      return new ReportView.Table(
          t.caption().map(this::scrubCell),
          t.header().stream().map(this::scrubCell).toList(),
          rows,
          t.textColumns(),
          t.total(),
          t.columnTiers(),
          t.captionTier(),
          t.cards());
    } else if (b instanceof ReportView.Paragraph p) {
      return new ReportView.Paragraph(scrubCell(p.text()));
    } else {
      ReportView.Items items = (ReportView.Items) b;
      List<String> kept = new ArrayList<>();
      for (String item : items.items()) {
        scrub(item).ifPresent(kept::add);
      }
      return new ReportView.Items(kept);
    }
  }

  /** The lines that lost an option, in full, for the last section; empty when none did. */
  List<String> inFull() {
    return List.copyOf(inFull);
  }
}

package dev.segment.report;

import java.io.IOException;

/**
 * The report's line width and its word wrap, shared by the terminal report and its decision
 * sections.
 */
final class Wrapping {
  /** The terminal report's width, except where a label or path given by the user is longer. */
  static final int WIDTH = 100;

  private Wrapping() {}

  /** Writes text word-wrapped to {@link #WIDTH}, the first line and the others indented. */
  static void wrap(String text, String firstIndent, String nextIndent, Appendable out)
      throws IOException {
    StringBuilder line = new StringBuilder(firstIndent);
    int lineStart = firstIndent.length();
    for (String word : text.split(" ")) {
      if (line.length() > lineStart && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(nextIndent);
        lineStart = nextIndent.length();
      }
      if (line.length() > lineStart) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }
}

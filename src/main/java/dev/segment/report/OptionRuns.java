package dev.segment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of report.html split where it names an option ({@code --where}), so the page can keep each
 * option on one line: a browser may otherwise break after the {@code --} on a narrow screen. The
 * characters are unchanged, so a copied option still works in a shell.
 */
public final class OptionRuns {
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[A-Za-z][A-Za-z0-9-]*");

  private OptionRuns() {}

  /** One run of a line: plain text, or an option's name. */
  public record Run(String text, boolean option) {}

  public static List<Run> of(String line) {
    List<Run> runs = new ArrayList<>();
    Matcher m = OPTION.matcher(line);
    int from = 0;
    while (m.find()) {
      if (m.start() > from) {
        runs.add(new Run(line.substring(from, m.start()), false));
      }
      runs.add(new Run(m.group(), true));
      from = m.end();
    }
    if (from < line.length() || runs.isEmpty()) {
      runs.add(new Run(line.substring(from), false));
    }
    return runs;
  }
}

package dev.segment.report;

import dev.segment.text.TierColours;

/**
 * What report.html's template needs beyond the view's text: each tier's colour classes (from {@link
 * TierColours}, which the chart draws its bands with) and a figure split at its decimal point, so a
 * column of amounts lines up on the point whatever its digits.
 */
public final class PageStyle {
  /** Tier colours repeat after this many tiers, as in the chart. */
  public static final int TIER_CLASSES = 6;

  private PageStyle() {}

  /**
   * CSS rules {@code .k0 … .k5} setting {@code --shade} and {@code --accent} to each tier's band
   * and accent colour (trusted text: hex digits from our own table).
   */
  public static String tierRules() {
    StringBuilder css = new StringBuilder();
    for (int t = 0; t < TIER_CLASSES; t++) {
      css.append(".k")
          .append(t)
          .append(" { --shade: ")
          .append(TierColours.hex(TierColours.shade(t)))
          .append("; --accent: ")
          .append(TierColours.hex(TierColours.accent(t)))
          .append("; }\n");
    }
    return css.toString();
  }

  /** The class marking a tier's colour: {@code k0} for the first tier; null (none) for -1. */
  public static String tierClass(int tier) {
    return tier < 0 ? null : "k" + Math.floorMod(tier, TIER_CLASSES);
  }

  /** A table heading's classes: {@code t} (words) or {@code n} (figures), and its tier's. */
  public static String headingClass(boolean text, int tier) {
    String align = text ? "t" : "n";
    return tier < 0 ? align : align + " " + tierClass(tier);
  }

  /** A figure in two parts, the second from its decimal point on ({@code .50}, {@code .2%}). */
  public record Figure(String whole, String fraction) {}

  /**
   * {@code $1,234.50} → {@code $1,234} and {@code .50}; {@code 10.0%} → {@code 10} and {@code .0%};
   * {@code 2,000} → {@code 2,000} and nothing. The point is the last one between digits.
   */
  public static Figure split(String cell) {
    for (int i = cell.length() - 2; i > 0; i--) {
      if (cell.charAt(i) == '.'
          && Character.isDigit(cell.charAt(i - 1))
          && Character.isDigit(cell.charAt(i + 1))) {
        return new Figure(cell.substring(0, i), cell.substring(i));
      }
    }
    return new Figure(cell, "");
  }
}

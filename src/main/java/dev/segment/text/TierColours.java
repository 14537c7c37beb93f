package dev.segment.text;

import java.util.Locale;

/**
 * Each tier's colours, the one home of them: the chart shades a tier's band and heads its label
 * with them, and report.html marks the tier's column, card and customer list with the same, so a
 * reader links a column to its band at a glance. They repeat after six tiers.
 */
public final class TierColours {
  /** Light band colours, as 0xRRGGBB. */
  private static final int[] SHADES = {0xFDE8CF, 0xDFF0DA, 0xE6E3F4, 0xFBE0E8, 0xD9EFEE, 0xF3EED3};

  /** A darker tone of each band colour, for the tier's label heading and outline. */
  private static final int[] ACCENTS = {0xB45309, 0x2E7D32, 0x5B4BA0, 0xB0255A, 0x0F766E, 0x856A0C};

  private TierColours() {}

  /** The band colour of the tier at this 0-based position, as 0xRRGGBB. */
  public static int shade(int tier) {
    return SHADES[Math.floorMod(tier, SHADES.length)];
  }

  /** The accent colour of the tier at this 0-based position, as 0xRRGGBB. */
  public static int accent(int tier) {
    return ACCENTS[Math.floorMod(tier, ACCENTS.length)];
  }

  /** {@code #fde8cf}: a colour as CSS and SVG write it. */
  public static String hex(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
  }
}

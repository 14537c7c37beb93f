package dev.segment.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

/**
 * The chart's colours, fonts and strokes, sized for a 1600x900 canvas ({@link ChartPng} scales the
 * canvas to the size asked for).
 */
final class ChartStyle {
  private ChartStyle() {}

  static final String FAMILY = Font.SANS_SERIF;
  static final Font TITLE = new Font(FAMILY, Font.BOLD, 30);
  static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 18);
  static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 17);
  static final Font TICK = new Font(FAMILY, Font.PLAIN, 15);
  static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 15);
  static final Font TIER_TITLE = new Font(FAMILY, Font.BOLD, 16);
  static final Font TIER_TEXT = new Font(FAMILY, Font.PLAIN, 15);
  static final Font REFERENCE = new Font(FAMILY, Font.PLAIN, 15);

  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x5F, 0x63, 0x68);
  static final Color AXIS = new Color(0x9A, 0xA0, 0xA6);
  static final Color GRID = new Color(0xE3, 0xE5, 0xE8);
  static final Color BAR = new Color(0x8C, 0x93, 0x9B);
  static final Color LINE = new Color(0x1A, 0x5F, 0xC8);
  static final Color REFERENCE_LINE = new Color(0x55, 0x59, 0x60);

  static final BasicStroke LINE_STROKE =
      new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final BasicStroke REFERENCE_STROKE =
      new BasicStroke(
          1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {9f, 6f}, 0f);

  /** Light band colours, one per tier, repeating after six. */
  private static final Color[] SHADES = {
    new Color(0xFD, 0xE8, 0xCF),
    new Color(0xDF, 0xF0, 0xDA),
    new Color(0xE6, 0xE3, 0xF4),
    new Color(0xFB, 0xE0, 0xE8),
    new Color(0xD9, 0xEF, 0xEE),
    new Color(0xF3, 0xEE, 0xD3)
  };

  /** A darker tone of each band colour, for the tier's label heading and outline. */
  private static final Color[] ACCENTS = {
    new Color(0xB4, 0x53, 0x09),
    new Color(0x2E, 0x7D, 0x32),
    new Color(0x5B, 0x4B, 0xA0),
    new Color(0xB0, 0x25, 0x5A),
    new Color(0x0F, 0x76, 0x6E),
    new Color(0x85, 0x6A, 0x0C)
  };

  static Color shade(int tier) {
    return SHADES[tier % SHADES.length];
  }

  static Color accent(int tier) {
    return ACCENTS[tier % ACCENTS.length];
  }
}

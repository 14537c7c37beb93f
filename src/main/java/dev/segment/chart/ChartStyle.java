package dev.segment.chart;

import dev.segment.text.TierColours;
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
  static final Font GROUP_TITLE = new Font(FAMILY, Font.BOLD, 24);
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

  /** The tier's band colour: {@link TierColours}, which the page shares. */
  static Color shade(int tier) {
    return new Color(TierColours.shade(tier));
  }

  static Color accent(int tier) {
    return new Color(TierColours.accent(tier));
  }
}

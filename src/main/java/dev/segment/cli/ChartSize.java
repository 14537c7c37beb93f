package dev.segment.cli;

/** The PNG's size in pixels, from {@code --chart-size WxH}. */
public record ChartSize(int width, int height) {
  // Below 480x270 the labels and title no longer fit; above 10,000 the image is mostly memory.
  static final int MIN_WIDTH = 480;
  static final int MIN_HEIGHT = 270;
  static final int MAX = 10_000;

  public ChartSize {
    if (width < MIN_WIDTH || width > MAX || height < MIN_HEIGHT || height > MAX) {
      throw new IllegalArgumentException(
          "--chart-size takes WIDTHxHEIGHT in pixels, from "
              + MIN_WIDTH
              + "x"
              + MIN_HEIGHT
              + " to "
              + MAX
              + "x"
              + MAX
              + " (e.g. 1600x900); got "
              + width
              + "x"
              + height);
    }
  }

  static ChartSize parse(String text) {
    String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "--chart-size takes WIDTHxHEIGHT in pixels (e.g. 1600x900); got '"
              + dev.segment.text.PrintableText.clip(text)
              + "'");
    }
    try {
      return new ChartSize(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--chart-size takes WIDTHxHEIGHT in pixels (e.g. 1600x900); got '"
              + dev.segment.text.PrintableText.clip(text)
              + "'",
          e);
    }
  }
}

package dev.segment.cli;

/** The PNG's size in pixels, from {@code --chart-size WxH}. */
public record ChartSize(int width, int height) {
  static final int MIN = 200;
  static final int MAX = 10_000;

  public ChartSize {
    if (width < MIN || width > MAX || height < MIN || height > MAX) {
      throw new IllegalArgumentException(
          "--chart-size takes WIDTHxHEIGHT in pixels, each from " + MIN + " to " + MAX
              + " (e.g. 1600x900); got " + width + "x" + height);
    }
  }

  static ChartSize parse(String text) {
    String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "--chart-size takes WIDTHxHEIGHT in pixels (e.g. 1600x900); got '" + text + "'");
    }
    try {
      return new ChartSize(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--chart-size takes WIDTHxHEIGHT in pixels (e.g. 1600x900); got '" + text + "'", e);
    }
  }
}

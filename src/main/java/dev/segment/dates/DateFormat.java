package dev.segment.dates;

import java.util.Locale;

/**
 * How cells that are not ISO are read ({@code --date-format}): ISO dates and date-times and Unix
 * seconds are read under every format; MDY and DMY add {@code 12/1/2024} and {@code 1/12/2024}.
 */
public enum DateFormat {
  ISO,
  MDY,
  DMY;

  /**
   * {@code mdy}, {@code MDY}, {@code dmy}, {@code iso}; anything else is an error naming the three.
   */
  public static DateFormat of(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (DateFormat f : values()) {
      if (f.name().equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "--date-format takes MDY (12/31/2024) or DMY (31/12/2024); got \"" + text.strip() + "\"");
  }
}

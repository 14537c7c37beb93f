package dev.segment.text;

import java.util.Map;
import java.util.Optional;

/** The currency signs people know a code by, shared by the report and the chart. */
public final class Money {
  private static final Map<String, String> SIGNS =
      Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

  private Money() {}

  /**
   * {@code $} for USD, {@code €} EUR, {@code £} GBP, {@code ¥} JPY; empty for any other ISO code,
   * which the caller writes out instead.
   */
  public static Optional<String> sign(String code) {
    return Optional.ofNullable(SIGNS.get(code));
  }
}

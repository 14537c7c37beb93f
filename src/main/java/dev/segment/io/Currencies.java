package dev.segment.io;

import dev.segment.rows.CurrencyCodes;

/** The currency codes and signs of {@link CurrencyCodes}, as the readers in {@code io} ask. */
final class Currencies {
  private Currencies() {}

  /** The ISO 4217 code spelled by three ASCII letters in any case, or null. */
  static String code(char a, char b, char c) {
    return CurrencyCodes.code(a, b, c);
  }

  /** The code a one-character sign stands for ($ € £ ¥), or null. */
  static String ofSign(char c) {
    return CurrencyCodes.ofSign(c);
  }
}

package dev.segment.text;

/**
 * Text from the input made safe to print to a terminal: control characters (C0, DEL, C1) and the
 * Unicode bidirectional overrides and isolates are shown as escapes ({@code \x1b}, {@code \u202e})
 * instead of being sent, so a crafted customer name cannot clear the screen, retitle the window or
 * reorder what the terminal shows. Everything else, a backslash included, is left as it is.
 */
public final class PrintableText {
  private static final String HEX = "0123456789abcdef";

  private PrintableText() {}

  /** {@code text} with every control character escaped; the same string when it has none. */
  public static String escape(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !escaped(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!escaped(c)) {
        out.append(c);
      } else if (c < 0x100) {
        out.append("\\x").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      } else {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
          out.append(HEX.charAt((c >> shift) & 0xF));
        }
      }
    }
    return out.toString();
  }

  /**
   * C0 controls (tab and line breaks too: one cell, one line), DEL, C1 controls, the bidi
   * embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks U+200E,
   * U+200F and U+061C.
   */
  private static boolean escaped(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}

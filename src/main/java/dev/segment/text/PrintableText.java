package dev.segment.text;

/**
 * Text from the input made safe to print to a terminal: control characters (C0, DEL, C1) and the
 * Unicode bidirectional overrides and isolates are shown as escapes ({@code \x1b}, {@code \u202e})
 * instead of being sent, so a crafted customer name cannot clear the screen, retitle the window or
 * reorder what the terminal shows. Everything else, a backslash included, is left as it is.
 */
public final class PrintableText {
  private static final String HEX = "0123456789abcdef";

  /** The most characters of one value (a cell, an option's value) a message quotes. */
  public static final int QUOTE_LIMIT = 80;

  /**
   * The longest run without a space a message keeps whole: a path can be long, but no path of a
   * real folder is this long, while a value that was not clipped (a 100 KB cell) is.
   */
  static final int RUN_LIMIT = 240;

  /** The longest message: a sentence and its advice fit many times over. */
  static final int SENTENCE_LIMIT = 1000;

  private static final String ELLIPSIS = "\u2026";

  private PrintableText() {}

  /**
   * {@code value} as a message quotes it: at most {@link #QUOTE_LIMIT} characters, cut with {@code
   * …}, so a 100 KB cell or a {@code --where} of 20,000 values makes a one-line message still.
   * Never cuts a surrogate pair in two.
   */
  public static String clip(String value) {
    return clip(value, QUOTE_LIMIT);
  }

  private static String clip(String value, int limit) {
    if (value.length() <= limit) {
      return value;
    }
    int end = limit;
    if (Character.isLowSurrogate(value.charAt(end))
        && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + ELLIPSIS;
  }

  /**
   * A whole message bounded, the backstop for a value quoted without {@link #clip}: each run of
   * more than {@link #RUN_LIMIT} characters without a space clipped, then a message still over
   * {@link #SENTENCE_LIMIT} cut in its middle, keeping its start (what failed) and its end (what to
   * do).
   */
  public static String bounded(String sentence) {
    if (sentence.length() <= RUN_LIMIT) {
      return sentence;
    }
    StringBuilder out = new StringBuilder(Math.min(sentence.length(), 2 * SENTENCE_LIMIT));
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      int end = i;
      while (end < n && !Character.isWhitespace(sentence.charAt(end))) {
        end++;
      }
      String run = sentence.substring(i, end);
      out.append(run.length() > RUN_LIMIT ? clip(run) : run);
      while (end < n && Character.isWhitespace(sentence.charAt(end))) {
        out.append(sentence.charAt(end++));
      }
      i = end;
    }
    if (out.length() <= SENTENCE_LIMIT) {
      return out.toString();
    }
    int tail = SENTENCE_LIMIT / 5;
    String head = clip(out.substring(0, out.length() - tail), SENTENCE_LIMIT - tail);
    int from = out.length() - tail;
    if (Character.isLowSurrogate(out.charAt(from))) {
      from++;
    }
    return head + " " + out.substring(from);
  }

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

package dev.segment.model;

/**
 * The one rule for reading a customer id, whichever file it comes from (the input, its parent
 * column, an earlier {@code tiers.csv} given to {@code --previous}, a {@code --pin} file): the
 * spaces around it are dropped and everything else is kept, so ids are then compared exactly.
 *
 * <p>A space is U+0020, TAB, or a Unicode space separator (category Zs: the no-break space U+00A0,
 * the narrow and figure spaces, the ideographic space U+3000…), which exports and spreadsheets put
 * around cells. Control characters are not spaces: {@link String#trim()} drops every character up
 * to U+0020 and {@link String#strip()} drops U+001C–U+001F, so either would merge {@code "\001A"},
 * {@code "A\037"} and {@code "A"} into one customer; here they stay three.
 */
public final class CustomerIds {
  private CustomerIds() {}

  /** {@code cell} without the spaces around it; the same string when it has none. */
  public static String trim(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && isSpace(cell.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == cell.length() ? cell : cell.substring(start, end);
  }

  /** Whether {@code c} is one of the spaces {@link #trim} drops. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || (c > 0x7f && Character.getType(c) == Character.SPACE_SEPARATOR);
  }
}

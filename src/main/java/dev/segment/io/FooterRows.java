package dev.segment.io;

/**
 * Recognises the total rows that CRM report exports append ({@code Grand Totals (1,234 records)},
 * {@code Subtotal:}), which are neither customers nor skipped rows.
 */
final class FooterRows {
  private static final String[] LABELS = {
    "grand totals", "grand total", "subtotal", "totals", "total"
  };

  private FooterRows() {}

  /**
   * True when {@code cell} is a total label alone, or followed only by a colon or a parenthesised
   * note; {@code Total Wine & More} is a customer.
   */
  static boolean isTotalLabel(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && Character.isWhitespace(cell.charAt(start))) {
      start++;
    }
    if (start == end) {
      return false;
    }
    char first = cell.charAt(start);
    // Cheap rejection first: this runs on every data row's first cell.
    if (first != 't'
        && first != 'T'
        && first != 's'
        && first != 'S'
        && first != 'g'
        && first != 'G') {
      return false;
    }
    while (end > start && Character.isWhitespace(cell.charAt(end - 1))) {
      end--;
    }
    for (String label : LABELS) {
      int after = matchLabel(cell, start, end, label);
      if (after >= 0) {
        return isNoteOrColon(cell, after, end);
      }
    }
    return false;
  }

  /** The index after {@code label} at {@code start} (any case, any run of spaces), or -1. */
  private static int matchLabel(String cell, int start, int end, String label) {
    int i = start;
    for (int k = 0; k < label.length(); k++) {
      char want = label.charAt(k);
      if (want == ' ') {
        int spaces = i;
        while (i < end && Character.isWhitespace(cell.charAt(i))) {
          i++;
        }
        if (i == spaces) {
          return -1;
        }
      } else if (i < end && Character.toLowerCase(cell.charAt(i)) == want) {
        i++;
      } else {
        return -1;
      }
    }
    return i;
  }

  private static boolean isNoteOrColon(String cell, int from, int end) {
    int i = from;
    while (i < end && Character.isWhitespace(cell.charAt(i))) {
      i++;
    }
    if (i == end) {
      return true;
    }
    char c = cell.charAt(i);
    if (c == ':') {
      return i + 1 == end;
    }
    return c == '(' && cell.charAt(end - 1) == ')' && end - i >= 2;
  }
}

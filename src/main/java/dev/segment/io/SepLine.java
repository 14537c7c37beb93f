package dev.segment.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Excel's delimiter hint: a first line {@code sep=;} (any one character after the {@code =}), which
 * Excel writes for, and reads from, a CSV file whose delimiter is not the locale's. It names the
 * delimiter and is not the header.
 */
final class SepLine {
  /** Long enough for {@code sep=;} and a few repeats of the character that a re-save may add. */
  static final int MAX_CHARS = 64;

  private SepLine() {}

  /**
   * The delimiter the text {@code reader} starts with a hint for, or empty. Reads at most {@link
   * #MAX_CHARS} + 1 chars: the caller marks and resets.
   */
  static Optional<Character> read(Reader reader) throws IOException {
    char[] start = new char[MAX_CHARS + 1];
    int n = 0;
    int r;
    while (n < start.length && (r = reader.read(start, n, start.length - n)) >= 0) {
      n += r;
    }
    if (n < 5 || !new String(start, 0, 4).equalsIgnoreCase("sep=")) {
      return Optional.empty();
    }
    char delimiter = start[4];
    if (delimiter == '\r' || delimiter == '\n' || delimiter == '"') {
      return Optional.empty();
    }
    // The rest of the line: nothing, or the delimiter again (a spreadsheet that saved the hint
    // as a row of empty cells), or spaces.
    for (int i = 5; i < n; i++) {
      char c = start[i];
      if (c == '\n' || c == '\r') {
        return Optional.of(delimiter);
      }
      if (c != delimiter && c != ' ') {
        return Optional.empty();
      }
    }
    return n <= MAX_CHARS ? Optional.of(delimiter) : Optional.empty();
  }
}

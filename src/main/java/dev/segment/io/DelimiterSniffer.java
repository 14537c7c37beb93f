package dev.segment.io;

/**
 * Guesses the field delimiter among {@code , ; TAB |} from the start of the input: the candidate
 * that the header line holds (outside quotes), preferring one that the next lines hold as often as
 * the header does, then the most frequent, then the earlier in that list.
 */
final class DelimiterSniffer {
  /** How much of the input is looked at: the header and a few lines after it. */
  static final int SAMPLE_CHARS = 1 << 16;

  private static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int SAMPLE_LINES = 10;

  private DelimiterSniffer() {}

  /**
   * The delimiter for a file that starts with {@code text[0..length)}; {@code whole} says the
   * sample is the entire input (so its last line is complete). A header without any candidate gives
   * a comma.
   */
  static char sniff(char[] text, int length, boolean whole) {
    int[][] counts = new int[SAMPLE_LINES + 1][CANDIDATES.length];
    int lines = 0;
    int[] current = new int[CANDIDATES.length];
    boolean inQuotes = false;
    boolean blank = true;
    for (int i = 0; i < length && lines <= SAMPLE_LINES; i++) {
      char c = text[i];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes && (c == '\n' || c == '\r')) {
        if (!blank) {
          counts[lines++] = current;
          current = new int[CANDIDATES.length];
        }
        blank = true;
        continue;
      } else if (!inQuotes) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            current[k]++;
          }
        }
      }
      if (!Character.isWhitespace(c)) {
        blank = false;
      }
    }
    if (!blank && lines <= SAMPLE_LINES && (whole || lines == 0)) {
      // The last line counts when it is complete, and the header counts even when it is cut short.
      counts[lines++] = current;
    }
    if (lines == 0) {
      return ',';
    }
    int[] header = counts[0];
    int best = -1;
    boolean bestConsistent = false;
    for (int k = 0; k < CANDIDATES.length; k++) {
      if (header[k] == 0) {
        continue;
      }
      boolean consistent = lines > 1;
      for (int j = 1; j < lines && consistent; j++) {
        consistent = counts[j][k] == header[k];
      }
      if (best < 0
          || (consistent && !bestConsistent)
          || (consistent == bestConsistent && header[k] > header[best])) {
        best = k;
        bestConsistent = consistent;
      }
    }
    return best < 0 ? ',' : CANDIDATES[best];
  }
}

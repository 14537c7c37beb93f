package dev.segment.text;

import java.util.List;
import java.util.Optional;

/**
 * The name closest to one a user typed, for "did you mean" in messages: the smallest Levenshtein
 * distance (insertions, deletions and substitutions of one character each), the earlier name on a
 * tie. Callers compare names in the form they match them (a column's normalised name), so "MRRR" is
 * one edit from "mrr" and "Customer-ID" none from "customer_id". A name more than half rewritten
 * (over 2 edits and over half the longer name's length) is no suggestion: "Rev" is not a misspelt
 * "id".
 */
public final class Closest {
  private Closest() {}

  /**
   * The index in {@code names} of the one closest to {@code typed}, or -1 when none is close
   * enough.
   */
  public static int index(String typed, List<String> names) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isEmpty()) {
        continue;
      }
      int d = distance(typed, name);
      if (d <= Math.max(2, Math.max(typed.length(), name.length()) / 2) && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The name in {@code names} closest to {@code typed}, or empty when there is none. */
  public static Optional<String> among(String typed, List<String> names) {
    int i = index(typed, names);
    return i < 0 ? Optional.empty() : Optional.of(names.get(i));
  }

  /** The Levenshtein distance between {@code a} and {@code b}, counted in chars. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

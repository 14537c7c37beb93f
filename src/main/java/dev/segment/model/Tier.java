package dev.segment.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One tier: its label and the ranks it holds, {@code [start, end)}, 0-based; empty when equal. */
public record Tier(String label, int start, int end) {
  public Tier {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a tier needs a label");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad tier span [" + start + ", " + end + ")");
    }
  }

  public int size() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /**
   * {@code Tier 1}, {@code Tier 2}, … for {@code count} tiers: the labels when no --names given.
   */
  public static List<String> defaultLabels(int count) {
    List<String> labels = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      labels.add("Tier " + i);
    }
    return List.copyOf(labels);
  }

  /**
   * Checks tier labels as {@code --names} gives them: {@code tiers} of them, none empty, no two the
   * same. The one home of these rules, for the command line and for a caller of the cutter alike.
   *
   * @throws IllegalArgumentException saying which rule the labels break and what to give
   */
  public static void requireLabels(List<String> labels, int tiers) {
    Set<String> seen = new HashSet<>();
    for (String label : labels) {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException(
            "--names has an empty tier name; give "
                + tiers
                + " names, e.g. "
                + "\"High-touch,Hybrid,Automated\"");
      }
      if (!seen.add(label)) {
        throw new IllegalArgumentException(
            "--names has '" + label + "' twice; each tier needs its own name");
      }
    }
    if (labels.size() != tiers) {
      throw new IllegalArgumentException(
          "--names gives "
              + labels.size()
              + " name"
              + (labels.size() == 1 ? "" : "s")
              + " but the cuts make "
              + tiers
              + " tiers; give exactly "
              + tiers);
    }
  }
}

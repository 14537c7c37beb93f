package dev.segment.model;

import java.util.ArrayList;
import java.util.List;

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
}

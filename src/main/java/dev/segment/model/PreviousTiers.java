package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an earlier run's {@code tiers.csv} said: each customer's tier label, MRR and name, and the
 * tier labels in order of first appearance.
 *
 * @param source the path as given to {@code --previous}
 * @param labels distinct tier labels in the order the file first shows them
 * @param customers by customer id (the neutralising {@code '} removed)
 */
public record PreviousTiers(String source, List<String> labels, Map<String, Entry> customers) {
  public PreviousTiers {
    labels = List.copyOf(labels);
    customers = Map.copyOf(customers);
  }

  /** One customer of the earlier run; {@code label} indexes {@link #labels()}. */
  public record Entry(String name, BigDecimal mrr, int label) {}
}

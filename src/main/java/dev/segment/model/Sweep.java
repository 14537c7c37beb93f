package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Candidate top tiers side by side ({@code --sweep}), the essay's iterations: one row per cut, each
 * a run with that one cut after the tie and zero rules, the {@code customers} rows first.
 *
 * @param rows in sweep.csv's order
 * @param staffed whether the CSMs were figured ({@code --book} or {@code --accounts-per-csm})
 */
public record Sweep(List<Row> rows, boolean staffed) {
  public Sweep {
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r.csms().isPresent() != staffed) {
        throw new IllegalArgumentException("every row has CSMs exactly when staffed");
      }
    }
  }

  /** The two bases a sweep tries, by their sweep.csv words. */
  public enum Basis {
    CUSTOMERS("customers"),
    REVENUE("revenue");

    private final String word;

    Basis(String word) {
      this.word = word;
    }

    /** {@code customers} or {@code revenue}, as sweep.csv writes it. */
    public String word() {
      return word;
    }
  }

  /**
   * One candidate top tier.
   *
   * @param cut the percentage asked for (of customers or of MRR), a whole number
   * @param customers how many customers the top tier holds after the tie and zero rules
   * @param pctCustomers their share of the curve's customers, 0–100, 4 decimals
   * @param mrr their exact MRR
   * @param pctMrr its share of the curve's MRR, 0–100, 4 decimals
   * @param floor the lowest MRR in the tier; empty for an empty tier
   * @param csms CSMs the tier needs by the staffing rule, when staffing was asked for
   */
  public record Row(
      Basis basis,
      int cut,
      int customers,
      BigDecimal pctCustomers,
      BigDecimal mrr,
      BigDecimal pctMrr,
      Optional<BigDecimal> floor,
      Optional<Integer> csms) {}
}

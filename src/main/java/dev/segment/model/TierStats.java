package dev.segment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One row of the tier summary. MRR sums are exact; {@code pct*} are percentages 0–100 rounded
 * half-even to 4 decimals. {@code amounts} is empty for an empty tier.
 */
public record TierStats(
    String label,
    int customers,
    BigDecimal pctCustomers,
    BigDecimal mrr,
    BigDecimal pctMrr,
    BigDecimal cumPctCustomers,
    BigDecimal cumPctMrr,
    Optional<Amounts> amounts) {

  /**
   * The mean MRR for people: the exact MRR ÷ customers rounded half-even to {@code decimals} once
   * (not the 4-decimal mean of the CSV rounded again); empty for an empty tier.
   */
  public Optional<BigDecimal> mean(int decimals) {
    return customers == 0
        ? Optional.empty()
        : Optional.of(mrr.divide(BigDecimal.valueOf(customers), decimals, RoundingMode.HALF_EVEN));
  }

  /**
   * The MRR of a non-empty tier's customers: floor (lowest), max, mean (4 decimals), median (exact:
   * the mean of the two middle values for an even count).
   */
  public record Amounts(BigDecimal floor, BigDecimal max, BigDecimal mean, BigDecimal median) {}
}

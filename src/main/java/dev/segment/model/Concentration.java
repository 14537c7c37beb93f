package dev.segment.model;

import java.math.BigDecimal;

/**
 * How concentrated MRR is over the curve's customers. All rounded half-even to 4 decimals.
 *
 * @param gini mean absolute difference over twice the mean, no small-sample correction (0–1)
 * @param top1Pct % of MRR held by the first ceil(N/100) customers
 * @param top10Pct % of MRR held by the first ceil(10N/100) customers
 * @param top20Pct % of MRR held by the first ceil(20N/100) customers
 * @param customersFor50Pct % of customers (first rank i with S_i × 100 ≥ 50 × T, over N)
 * @param customersFor80Pct the same for 80% of MRR
 */
public record Concentration(
    BigDecimal gini,
    BigDecimal top1Pct,
    BigDecimal top10Pct,
    BigDecimal top20Pct,
    BigDecimal customersFor50Pct,
    BigDecimal customersFor80Pct) {}

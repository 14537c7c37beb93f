package dev.segment.model;

import java.math.BigDecimal;

/**
 * Customers left off the curve: those whose summed MRR is negative, and with {@code --exclude-zero}
 * those at zero.
 *
 * @param negativeMrr the (negative) sum of the excluded negative customers' MRR
 */
public record Exclusions(int negativeCustomers, BigDecimal negativeMrr, int zeroCustomers) {
  public int total() {
    return negativeCustomers + zeroCustomers;
  }
}

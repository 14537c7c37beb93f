package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Retention per tier since an earlier run ({@code --previous}): for each tier the earlier file
 * shows, in position order, the cohort of customers it held and what their MRR became; the same for
 * the whole earlier base; and the customers new since.
 *
 * @param tiers one row per earlier tier that held a customer, in position order (as for movements)
 * @param all the whole earlier base, labelled {@code all}
 * @param newCustomers customers tiered now that the earlier file does not have
 * @param newMrr their current MRR
 */
public record Retention(List<Row> tiers, Row all, int newCustomers, BigDecimal newMrr) {
  /** The label of the row for the whole earlier base. */
  public static final String ALL = "all";

  public Retention {
    tiers = List.copyOf(tiers);
    Objects.requireNonNull(all);
    Objects.requireNonNull(newMrr);
  }

  /**
   * One cohort. A cohort customer is retained when it is tiered now with MRR above 0; every other
   * one is churned, with its earlier MRR. So {@code mrrStart = retained start + churnedMrr} and
   * {@code mrrEnd = retained start + expansion − contraction}.
   *
   * @param label the earlier tier label ({@link #ALL} for the whole base)
   * @param position the 0-based tier position the label was compared as; -1 for {@link #ALL}
   * @param customersStart customers the earlier file put in this tier
   * @param mrrStart their earlier MRR
   * @param retainedCustomers cohort customers tiered now with MRR above 0
   * @param expansion Σ max(0, now − earlier) over the retained
   * @param contraction Σ max(0, earlier − now) over the retained
   * @param churnedCustomers the other cohort customers: gone, excluded, or now at 0 MRR
   * @param churnedMrr their earlier MRR
   * @param mrrEnd Σ now over the retained
   * @param grrPct (start − contraction − churned MRR) ÷ start × 100, half-even to 4 decimals; empty
   *     when the start MRR is 0
   * @param nrrPct end ÷ start × 100, half-even to 4 decimals; empty when the start MRR is 0
   */
  public record Row(
      String label,
      int position,
      int customersStart,
      BigDecimal mrrStart,
      int retainedCustomers,
      BigDecimal expansion,
      BigDecimal contraction,
      int churnedCustomers,
      BigDecimal churnedMrr,
      BigDecimal mrrEnd,
      Optional<BigDecimal> grrPct,
      Optional<BigDecimal> nrrPct) {
    public Row {
      Objects.requireNonNull(label);
      if (retainedCustomers + churnedCustomers != customersStart) {
        throw new IllegalArgumentException(
            "retained + churned customers != start customers for " + label);
      }
    }
  }
}

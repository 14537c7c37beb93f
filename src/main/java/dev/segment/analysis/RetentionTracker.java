package dev.segment.analysis;

import dev.segment.model.Amounts;
import dev.segment.model.Customers;
import dev.segment.model.Movements;
import dev.segment.model.Overrides;
import dev.segment.model.ParetoCurve;
import dev.segment.model.PreviousTiers;
import dev.segment.model.Retention;
import dev.segment.model.Segmentation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Retention per earlier tier (SPEC "Retention per tier"): each tier of the earlier tiers.csv is a
 * cohort with its earlier MRR as the start; a cohort customer tiered now (on the curve or pinned)
 * with MRR above 0 is retained, every other one churned with its earlier MRR.
 */
public final class RetentionTracker {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RetentionTracker() {}

  /**
   * The retention of each earlier tier, compared by the positions {@link MovementTracker#positions}
   * gives.
   */
  public static Retention compare(
      Segmentation s,
      Overrides overrides,
      List<Movements.LabelPosition> positions,
      PreviousTiers previous) {
    return compare(s, overrides, positions, previous, previous.rowsOf(s.curve().customers()));
  }

  /** As above, with each customer's earlier row ({@link PreviousTiers#rowsOf}) found once. */
  public static Retention compare(
      Segmentation s,
      Overrides overrides,
      List<Movements.LabelPosition> positions,
      PreviousTiers previous,
      int[] earlierRows) {
    int labels = previous.labels().size();
    Cohort[] cohorts = new Cohort[labels];
    for (int j = 0; j < labels; j++) {
      cohorts[j] = new Cohort();
    }
    for (int row = 0; row < previous.size(); row++) {
      cohorts[previous.label(row)].start(previous.mrr(row));
    }
    ParetoCurve curve = s.curve();
    Customers customers = curve.customers();
    NewCustomers added = new NewCustomers();
    for (int r = 0; r < curve.size(); r++) {
      now(customers, curve.customerIndex(r), earlierRows, previous, cohorts, added);
    }
    for (int j = 0; j < overrides.pinnedCount(); j++) {
      now(customers, overrides.pinnedCustomer(j), earlierRows, previous, cohorts, added);
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < labels; j++) {
      if (cohorts[j].customers > 0) {
        order.add(j);
      }
    }
    order.sort(Comparator.comparingInt(j -> positions.get(j).position()));
    List<Retention.Row> rows = new ArrayList<>(order.size());
    Cohort all = new Cohort();
    for (int j : order) {
      rows.add(cohorts[j].row(previous.labels().get(j), positions.get(j).position()));
      all.absorb(cohorts[j]);
    }
    return new Retention(rows, all.row(Retention.ALL, -1), added.customers, added.mrr);
  }

  /** Adds one customer tiered now to its earlier cohort, or to the new customers. */
  private static void now(
      Customers customers,
      int c,
      int[] earlierRows,
      PreviousTiers previous,
      Cohort[] cohorts,
      NewCustomers added) {
    int row = earlierRows[c];
    BigDecimal mrr = customers.mrr(c);
    if (row < 0) {
      added.customers++;
      added.mrr = added.mrr.add(mrr);
    } else if (mrr.signum() > 0) {
      cohorts[previous.label(row)].retain(previous.mrr(row), mrr);
    }
  }

  /** GRR or NRR: part ÷ start × 100, half-even to 4 decimals; empty when start is 0. */
  static Optional<BigDecimal> percent(BigDecimal part, BigDecimal start) {
    if (start.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        part.multiply(HUNDRED).divide(start, Amounts.RATIO_SCALE, RoundingMode.HALF_EVEN));
  }

  private static final class NewCustomers {
    int customers;
    BigDecimal mrr = BigDecimal.ZERO;
  }

  /** Running sums for one cohort; churned ones are what the retained leave of the start. */
  private static final class Cohort {
    int customers;
    BigDecimal start = BigDecimal.ZERO;
    int retained;
    BigDecimal retainedStart = BigDecimal.ZERO;
    BigDecimal expansion = BigDecimal.ZERO;
    BigDecimal contraction = BigDecimal.ZERO;
    BigDecimal end = BigDecimal.ZERO;

    void start(BigDecimal earlier) {
      customers++;
      start = start.add(earlier);
    }

    void retain(BigDecimal earlier, BigDecimal now) {
      retained++;
      retainedStart = retainedStart.add(earlier);
      end = end.add(now);
      BigDecimal change = now.subtract(earlier);
      if (change.signum() > 0) {
        expansion = expansion.add(change);
      } else {
        contraction = contraction.subtract(change);
      }
    }

    void absorb(Cohort other) {
      customers += other.customers;
      start = start.add(other.start);
      retained += other.retained;
      retainedStart = retainedStart.add(other.retainedStart);
      expansion = expansion.add(other.expansion);
      contraction = contraction.add(other.contraction);
      end = end.add(other.end);
    }

    Retention.Row row(String label, int position) {
      BigDecimal churnedMrr = start.subtract(retainedStart);
      return new Retention.Row(
          label,
          position,
          customers,
          start,
          retained,
          expansion,
          contraction,
          customers - retained,
          churnedMrr,
          end,
          percent(start.subtract(contraction).subtract(churnedMrr), start),
          percent(end, start));
    }
  }
}

package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How tiers are cut along the curve: k cuts make k + 1 tiers. Each variant validates its cuts, so a
 * rule that exists is a valid one; the messages say what is allowed (the CLI turns them into exit
 * 2).
 */
public sealed interface CutRule {
  BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The number of tiers this rule makes; 3 for {@link Auto}. */
  int tierCount();

  /** The option value of {@code --by} that selects this rule. */
  String basis();

  /**
   * The cuts as given to {@code --cuts}: percentages, or MRR floors for {@code --by mrr}; none for
   * {@code --by auto}, which finds its own on the curve.
   */
  List<BigDecimal> cuts();

  /** What the cuts measure: the one thing a reader asks before it places or names a cut. */
  Unit unit();

  /**
   * What a rule's cuts measure, one constant per kind of rule. Readers dispatch with a switch
   * expression without {@code default}, so a kind added here fails the build until every reader
   * handles it.
   */
  enum Unit {
    /** Percentages of the customers on the curve, counted from the top. */
    PERCENT_OF_CUSTOMERS,
    /** Percentages of total MRR that the cumulative MRR reaches. */
    PERCENT_OF_MRR,
    /** MRR amounts a customer's MRR must reach. */
    MRR_FLOOR,
    /** None given: the cuts are computed from the curve ({@code --by auto}). */
    COMPUTED
  }

  /** {@code --by customers}: tier k ends at rank ceil(p_k × N / 100). */
  record ByCustomers(List<BigDecimal> percents) implements CutRule {
    public ByCustomers {
      percents = List.copyOf(percents);
      requirePercents(percents, "customers");
    }

    @Override
    public int tierCount() {
      return percents.size() + 1;
    }

    @Override
    public String basis() {
      return "customers";
    }

    @Override
    public List<BigDecimal> cuts() {
      return percents;
    }

    @Override
    public Unit unit() {
      return Unit.PERCENT_OF_CUSTOMERS;
    }
  }

  /** {@code --by revenue}: tier k ends at the first rank whose cumulative MRR reaches q_k% of T. */
  record ByRevenue(List<BigDecimal> percents) implements CutRule {
    public ByRevenue {
      percents = List.copyOf(percents);
      requirePercents(percents, "revenue");
    }

    @Override
    public int tierCount() {
      return percents.size() + 1;
    }

    @Override
    public String basis() {
      return "revenue";
    }

    @Override
    public List<BigDecimal> cuts() {
      return percents;
    }

    @Override
    public Unit unit() {
      return Unit.PERCENT_OF_MRR;
    }
  }

  /** {@code --by mrr}: MRR floors, descending; tier k holds the customers with MRR ≥ floor_k. */
  record ByMrr(List<BigDecimal> floors) implements CutRule {
    public ByMrr {
      floors = List.copyOf(floors);
      if (floors.isEmpty()) {
        throw new IllegalArgumentException("--cuts needs at least one MRR floor, e.g. 5000,1700");
      }
      for (int i = 0; i < floors.size(); i++) {
        if (floors.get(i).signum() <= 0) {
          throw new IllegalArgumentException(
              "--cuts with --by mrr takes positive MRR floors, strictly decreasing (e.g. 5000,1700);"
                  + " got "
                  + floors.get(i).toPlainString());
        }
        if (i > 0 && floors.get(i).compareTo(floors.get(i - 1)) >= 0) {
          throw new IllegalArgumentException(
              "--cuts with --by mrr takes MRR floors strictly decreasing (e.g. 5000,1700); "
                  + floors.get(i).toPlainString()
                  + " follows "
                  + floors.get(i - 1).toPlainString());
        }
      }
    }

    @Override
    public int tierCount() {
      return floors.size() + 1;
    }

    @Override
    public String basis() {
      return "mrr";
    }

    @Override
    public List<BigDecimal> cuts() {
      return floors;
    }

    @Override
    public Unit unit() {
      return Unit.MRR_FLOOR;
    }
  }

  /** {@code --by auto}: computed ABC analysis (Pareto, break-even and submarginal points). */
  record Auto() implements CutRule {
    @Override
    public int tierCount() {
      return 3;
    }

    @Override
    public String basis() {
      return "auto";
    }

    @Override
    public List<BigDecimal> cuts() {
      return List.of();
    }

    @Override
    public Unit unit() {
      return Unit.COMPUTED;
    }
  }

  private static void requirePercents(List<BigDecimal> percents, String basis) {
    if (percents.isEmpty()) {
      throw new IllegalArgumentException("--cuts needs at least one percentage, e.g. 10,30");
    }
    for (int i = 0; i < percents.size(); i++) {
      BigDecimal p = percents.get(i);
      if (p.signum() <= 0 || p.compareTo(HUNDRED) >= 0) {
        throw new IllegalArgumentException(
            "--cuts with --by "
                + basis
                + " takes percentages strictly between 0 and 100,"
                + " strictly increasing (e.g. 10,30); got "
                + p.toPlainString());
      }
      if (i > 0 && p.compareTo(percents.get(i - 1)) <= 0) {
        throw new IllegalArgumentException(
            "--cuts with --by "
                + basis
                + " takes percentages strictly increasing (e.g. 10,30); "
                + p.toPlainString()
                + " follows "
                + percents.get(i - 1).toPlainString());
      }
    }
  }
}

package dev.segment.text;

import dev.segment.model.CutRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cut rule in words, in each form the report and the chart print it; the one place that knows
 * how each kind of rule reads, so a new kind is worded here or does not compile.
 */
public final class RuleText {
  private RuleText() {}

  /**
   * The report's rule line: {@code by customers, cuts 10%, 30%}, {@code by revenue, cuts 45%, 75%
   * of MRR}, {@code by mrr, MRR floors $5,000, $1,700}, {@code by auto (computed ABC analysis)}.
   * Percentages are echoed as given, so {@code --cuts 10.0} reads {@code 10.0%}.
   */
  public static String summary(CutRule rule, Function<BigDecimal, String> money) {
    String by = "by " + rule.basis();
    return switch (rule.unit()) {
      case PERCENT_OF_CUSTOMERS -> by + ", cuts " + asGiven(rule.cuts());
      case PERCENT_OF_MRR -> by + ", cuts " + asGiven(rule.cuts()) + " of MRR";
      case MRR_FLOOR -> by + ", MRR floors " + String.join(", ", each(rule, money));
      case COMPUTED -> by + " (computed ABC analysis)";
    };
  }

  /**
   * The chart's subtitle: {@code Tiers cut at the top 10% and 30% of customers by MRR}, and so on;
   * floors in {@code money}'s form.
   */
  public static String sentence(CutRule rule, Function<BigDecimal, String> money) {
    return switch (rule.unit()) {
      case PERCENT_OF_CUSTOMERS ->
          "Tiers cut at the top " + and(each(rule, money)) + " of customers by MRR";
      case PERCENT_OF_MRR ->
          "Tiers cut where the cumulative share of MRR reaches " + and(each(rule, money));
      case MRR_FLOOR -> "Tiers cut at MRR floors of " + and(each(rule, money));
      case COMPUTED ->
          "Tiers from computed ABC analysis (Pareto, break-even and submarginal points)";
    };
  }

  /**
   * Cut {@code k} (0-based) as a note names it: {@code 10%}, {@code 75.5%}, or the floor in {@code
   * money}'s form.
   */
  public static String cut(CutRule rule, int k, Function<BigDecimal, String> money) {
    BigDecimal cut = rule.cuts().get(k);
    return switch (rule.unit()) {
      case PERCENT_OF_CUSTOMERS, PERCENT_OF_MRR -> shortPercent(cut);
      case MRR_FLOOR -> money.apply(cut);
      // Auto is given no cuts, so there is no k to name.
      case COMPUTED -> throw new IndexOutOfBoundsException(k);
    };
  }

  private static List<String> each(CutRule rule, Function<BigDecimal, String> money) {
    List<String> out = new ArrayList<>(rule.cuts().size());
    for (int k = 0; k < rule.cuts().size(); k++) {
      out.add(cut(rule, k, money));
    }
    return out;
  }

  /** {@code 10.50} → {@code 10.5%}, {@code 10} → {@code 10%}: the digits that matter. */
  private static String shortPercent(BigDecimal pct) {
    BigDecimal s = pct.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString() + "%";
  }

  private static String asGiven(List<BigDecimal> percents) {
    List<String> out = new ArrayList<>(percents.size());
    for (BigDecimal p : percents) {
      out.add(p.toPlainString() + "%");
    }
    return String.join(", ", out);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String and(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}

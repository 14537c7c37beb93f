package dev.segment.text;

import java.math.BigDecimal;

/**
 * The title a run shows without {@code --title}: the chart's and report.html's heading and the
 * page's {@code <title>}, worded here once so they cannot differ.
 */
public final class DefaultTitle {
  private DefaultTitle() {}

  /** {@code MRR Pareto: 2,000 customers, $3.73M MRR}. */
  public static String of(int customers, BigDecimal totalMrr, String currency) {
    return "MRR Pareto: "
        + Grouping.count(customers)
        + (customers == 1 ? " customer, " : " customers, ")
        + MoneyText.of(currency).approx(totalMrr)
        + " MRR";
  }
}

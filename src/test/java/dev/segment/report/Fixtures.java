package dev.segment.report;

import dev.segment.model.AmountKind;
import dev.segment.model.AutoCuts;
import dev.segment.model.Concentration;
import dev.segment.model.Customers;
import dev.segment.model.CustomersBuilder;
import dev.segment.model.CutRule;
import dev.segment.model.Exclusions;
import dev.segment.model.InputSummary;
import dev.segment.model.ParetoCurve;
import dev.segment.model.SegmentReport;
import dev.segment.model.Segmentation;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import dev.segment.model.Tier;
import dev.segment.model.TierStats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built run of seven customers (one excluded as negative) whose figures were worked out by
 * hand: T = 1050.75, N = 6, mean MRR 175.125.
 *
 * <pre>
 * rank id   name                        MRR     S_i      S_i/T
 * 1    A-1  Acme, Inc. "The Best"       500.00  500.00   0.4759
 * 2    B-2  =HYPERLINK("http://x","y")  300.50  800.50   0.7618
 * 3    C-3  -Bob                        100.00  900.50   0.8570
 * 4    D-4  Dora                        100.00  1000.50  0.9522
 * 5    E-5  Eve                          50.25  1050.75  1.0000
 * 6    F-6  (no name)                     0.00  1050.75  1.0000
 * </pre>
 */
final class Fixtures {
  private Fixtures() {}

  static Customers customers() {
    CustomersBuilder b = new CustomersBuilder(AmountKind.MRR, List.of("plan", "mrr"));
    b.add("D-4", "Dora", 10000, 2, new String[] {"Silver", "-12.50"});
    b.add("A-1", "Acme, Inc. \"The Best\"", 50000, 2, new String[] {"Gold", "500"});
    b.add("B-2", "=HYPERLINK(\"http://x\",\"y\")", 3005, 1, new String[] {"@SUM(A1)", "=1+2"});
    b.add("C-3", "-Bob", 100, 0, new String[] {"\tTab", ""});
    b.add("E-5", "Eve", 5025, 2, new String[] {"", "50.25"});
    b.add("F-6", "", 0, 2, new String[] {"Free", "0"});
    b.add("G-7", "Gone", -1250, 2, new String[] {"", "-12.50"});
    // A second row for A-1 adds nothing to its MRR but counts as merged.
    b.add("A-1", "", 0, 2, new String[] {"", ""});
    return b.build();
  }

  static ParetoCurve curve() {
    return new ParetoCurve(customers(), new int[] {1, 2, 3, 0, 4, 5});
  }

  /** By MRR floors 400, 350, 100: the second tier is empty. */
  static Segmentation byMrr() {
    CutRule rule =
        new CutRule.ByMrr(
            List.of(new BigDecimal("400"), new BigDecimal("350"), new BigDecimal("100")));
    List<Tier> tiers =
        List.of(
            new Tier("High-touch", 0, 1),
            new Tier("Hybrid", 1, 1),
            new Tier("Tech-touch", 1, 4),
            new Tier("Automated", 4, 6));
    return new Segmentation(curve(), rule, tiers, Optional.empty());
  }

  static List<TierStats> byMrrStats() {
    return List.of(
        stats(
            "High-touch",
            1,
            "16.6667",
            "500.00",
            "47.5851",
            "16.6667",
            "47.5851",
            amounts("500.00", "500.00", "500.0000", "500.00")),
        stats("Hybrid", 0, "0.0000", "0.00", "0.0000", "16.6667", "47.5851", Optional.empty()),
        stats(
            "Tech-touch",
            3,
            "50.0000",
            "500.50",
            "47.6326",
            "66.6667",
            "95.2177",
            amounts("100.00", "300.50", "166.8333", "100.00")),
        stats(
            "Automated",
            2,
            "33.3333",
            "50.25",
            "4.7823",
            "100.0000",
            "100.0000",
            amounts("0.00", "50.25", "25.1250", "25.125")));
  }

  /**
   * {@code --by auto} on the same curve: P = 2 (distance² 0.1678 to (0, 1), against 0.3025 and
   * 0.2704 beside it), BE = 2 (300.50 ≥ 175.125 > 100), so tier 1 ends at P; the submarginal point
   * nearest (2/6, 1) is 3, and the tie at 100.00 carries tier 2 to rank 4.
   */
  static Segmentation auto() {
    List<Tier> tiers =
        List.of(new Tier("Tier 1", 0, 2), new Tier("Tier 2", 2, 4), new Tier("Tier 3", 4, 6));
    ParetoCurve curve = curve();
    return new Segmentation(
        curve,
        new CutRule.Auto(),
        tiers,
        Optional.of(AutoCuts.on(curve, 2, 2, 3, true, "")),
        List.of(2, 3));
  }

  static List<TierStats> autoStats() {
    return List.of(
        stats(
            "Tier 1",
            2,
            "33.3333",
            "800.50",
            "76.1837",
            "33.3333",
            "76.1837",
            amounts("300.50", "500.00", "400.2500", "400.25")),
        stats(
            "Tier 2",
            2,
            "33.3333",
            "200.00",
            "19.0340",
            "66.6667",
            "95.2177",
            amounts("100.00", "100.00", "100.0000", "100.00")),
        stats(
            "Tier 3",
            2,
            "33.3333",
            "50.25",
            "4.7823",
            "100.0000",
            "100.0000",
            amounts("0.00", "50.25", "25.1250", "25.125")));
  }

  static InputSummary input() {
    SkippedRows skipped =
        new SkippedRows(List.of(new SkippedRows.Tally(SkipReason.NON_NUMERIC_MRR, 1, List.of(5L))));
    return new InputSummary(
        "customers.csv",
        9,
        8,
        skipped,
        2,
        1,
        7,
        "USD",
        "Customer ID",
        "Current MRR",
        AmountKind.MRR,
        "Company",
        ',');
  }

  static Exclusions exclusions() {
    return new Exclusions(1, new BigDecimal("-12.50"), 0);
  }

  /** Gini = Σ|x_i − x_j| / (2 N T) = 6501.5 / 12609 ≈ 0.5156; top 20% = ranks 1–2. */
  static Concentration concentration() {
    return new Concentration(
        new BigDecimal("0.5156"),
        new BigDecimal("47.5851"),
        new BigDecimal("47.5851"),
        new BigDecimal("76.1837"),
        new BigDecimal("33.3333"),
        new BigDecimal("50.0000"));
  }

  static SegmentReport byMrrReport() {
    return new SegmentReport(input(), exclusions(), byMrr(), byMrrStats(), concentration());
  }

  static SegmentReport autoReport() {
    return new SegmentReport(input(), exclusions(), auto(), autoStats(), concentration());
  }

  private static TierStats stats(
      String label,
      int customers,
      String pctCustomers,
      String mrr,
      String pctMrr,
      String cumPctCustomers,
      String cumPctMrr,
      Optional<TierStats.Amounts> amounts) {
    return new TierStats(
        label,
        customers,
        new BigDecimal(pctCustomers),
        new BigDecimal(mrr),
        new BigDecimal(pctMrr),
        new BigDecimal(cumPctCustomers),
        new BigDecimal(cumPctMrr),
        amounts);
  }

  private static Optional<TierStats.Amounts> amounts(
      String floor, String max, String mean, String median) {
    return Optional.of(
        new TierStats.Amounts(
            new BigDecimal(floor),
            new BigDecimal(max),
            new BigDecimal(mean),
            new BigDecimal(median)));
  }
}

package dev.segment.cli;

import dev.segment.model.CutRule;
import dev.segment.model.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say how the curve is cut into tiers and what the tiers are called. */
final class TierGroup implements OptionGroup {
  @Override
  public String heading() {
    return "Tiers";
  }

  /**
   * The tiers asked for: the cut rule, one label a tier, and who is left out or pinned.
   *
   * @param pin the {@code --pin} file, read by the job
   */
  record Tiers(CutRule rule, List<String> labels, boolean excludeZero, Optional<Path> pin) {
    Tiers {
      labels = List.copyOf(labels);
    }
  }

  @Option(
      names = "--by",
      paramLabel = "BASIS",
      defaultValue = "customers",
      description =
          "What the cuts measure: customers (%% of customers, default cuts 10,30),"
              + " revenue (%% of MRR, default 45,75), mrr (MRR floors, default 5000,1700) or auto"
              + " (computed ABC analysis). Default: ${DEFAULT-VALUE}.")
  Basis by;

  @Option(
      names = "--cuts",
      paramLabel = "LIST",
      split = ",",
      converter = Converters.Cut.class,
      description =
          "Cumulative cut points, comma-separated: k cuts make k+1 tiers."
              + " Percentages strictly increasing in (0,100), with or without %% (10,30 or"
              + " 10%%,30%%), or MRR floors strictly decreasing.")
  List<Converters.CutValue> cuts;

  @Option(
      names = "--names",
      paramLabel = "LIST",
      split = ",",
      description =
          "Tier labels, one per tier, e.g. \"High-touch,Hybrid,Automated\"."
              + " Default: Tier 1, Tier 2, …")
  List<String> names;

  @Option(
      names = "--exclude-zero",
      description = "Leave zero-MRR customers (free, paused) out of the curve and tiers.csv.")
  boolean excludeZero;

  @Option(
      names = "--pin",
      paramLabel = "FILE",
      description =
          "A CSV of id,tier rows (tier by label or number): those customers keep that"
              + " tier; the curve and cuts come from the others. tiers.csv gains computed_tier and"
              + " override.")
  Path pin;

  @Option(
      names = "--group-by",
      paramLabel = "COL",
      description =
          "Cut each group's customers (a region, market or product line) on its own curve: a"
              + " customer's group is the COL cell of its first used row, trimmed ((none) when"
              + " empty). tiers.csv gains a group column, segments.csv a block per group and an"
              + " all block. Default: one curve for the whole base.")
  String groupBy;

  /** True with {@code --group-by}: each group is cut on its own curve. */
  boolean grouped() {
    return groupBy != null;
  }

  /** The {@code --group-by} column, checked as every column option. */
  Optional<String> groupColumn() {
    return ColumnValues.column(groupBy, "--group-by");
  }

  /** The rule first, then the labels, whose count it sets. */
  Tiers tiers() {
    CutRule rule = rule();
    return new Tiers(rule, labels(rule.tierCount()), excludeZero, Optional.ofNullable(pin));
  }

  private CutRule rule() {
    if (by == Basis.AUTO) {
      if (cuts != null) {
        throw new IllegalArgumentException(
            "--cuts cannot be combined with --by auto, which computes its own cuts");
      }
      return new CutRule.Auto();
    }
    switch (by) {
      case CUSTOMERS:
        return new CutRule.ByCustomers(cutsOr("10", "30"));
      case REVENUE:
        return new CutRule.ByRevenue(cutsOr("45", "75"));
      case MRR:
        if (cuts != null && cuts.stream().anyMatch(Converters.CutValue::percent)) {
          throw new IllegalArgumentException(
              "--by mrr cuts are MRR floors (--cuts 5000,1700), not percentages; for"
                  + " --cuts 10%,30% use --by customers (or --by revenue for % of MRR)");
        }
        return new CutRule.ByMrr(cutsOr("5000", "1700"));
      default:
        throw new IllegalStateException("unknown basis " + by);
    }
  }

  private List<BigDecimal> cutsOr(String... defaults) {
    List<BigDecimal> values = new ArrayList<>();
    if (cuts != null) {
      for (Converters.CutValue cut : cuts) {
        values.add(cut.value());
      }
      return values;
    }
    for (String d : defaults) {
      values.add(new BigDecimal(d));
    }
    return values;
  }

  /**
   * The tier labels, stripped and checked here so a bad --names comes before a bad column option.
   */
  private List<String> labels(int tiers) {
    if (names == null) {
      return Tier.defaultLabels(tiers);
    }
    List<String> labels = new ArrayList<>();
    for (String n : names) {
      labels.add(n.strip());
    }
    Tier.requireLabels(labels, tiers);
    return labels;
  }
}

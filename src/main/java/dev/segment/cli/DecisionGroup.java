package dev.segment.cli;

import dev.segment.model.SegmentPlan;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The decision aids beside the tiers: CSM staffing, the sweep, and changes since the last run. */
final class DecisionGroup implements OptionGroup {
  @Override
  public String heading() {
    return "Decisions (CSM book, sweep, changes since last run)";
  }

  @Option(
      names = "--book",
      paramLabel = "ARR",
      converter = Converters.Amount.class,
      description =
          "Book of business: the ARR one CSM covers, e.g. 3000000. Prints the CSMs"
              + " each staffed tier needs (every tier but the last, unless --accounts-per-csm says).")
  BigDecimal book;

  @Option(
      names = "--accounts-per-csm",
      paramLabel = "LIST",
      split = ",",
      converter = Converters.Ratio.class,
      description =
          "Accounts one CSM covers, one number per staffed tier from tier 1, e.g."
              + " 15,75; tiers without a number are automated. CSMs needed: the larger of"
              + " ARR / --book and accounts / this, rounded up.")
  List<Integer> accountsPerCsm;

  @Option(
      names = "--csms",
      paramLabel = "LIST",
      split = ",",
      converter = Converters.Csms.class,
      description =
          "The CSMs you can pay for, one whole number per staffed tier from tier 1, e.g. 4,10"
              + " (with --book or --accounts-per-csm): each such tier shrinks to the largest clean"
              + " tie boundary at or before its cut that they can serve; customers it gives up"
              + " join the next tier. 0 empties the tier.")
  List<Integer> csms;

  @Option(
      names = "--sweep",
      description =
          "Also try candidate top tiers side by side, the essay's iterations: cuts at 5, 10, …,"
              + " 50%% of customers and 10, 20, …, 90%% of MRR, each after the tie rule, with the"
              + " CSMs each needs under --book or --accounts-per-csm; printed and written to"
              + " sweep.csv.")
  boolean sweep;

  @Option(
      names = "--previous",
      paramLabel = "PATH",
      description =
          "An earlier run's tiers.csv: report who moved up or down, who is new or gone,"
              + " and write changes.csv (customers whose tier changed) into --out.")
  Path previous;

  @Option(
      names = "--previous-if-exists",
      paramLabel = "PATH",
      description =
          "As --previous, but when PATH does not exist yet the run is a first run, with a note"
              + " (the first night of a cron job: previous-if-exists=/srv/crm/tiers/tiers.csv).")
  Path previousIfExists;

  @Option(
      names = "--grace",
      paramLabel = "PCT",
      converter = Converters.Amount.class,
      description =
          "With --previous: keep a customer in its earlier tier while its MRR is within"
              + " PCT%% of the floor it crossed, e.g. 10, so tiers do not flap around a cut.")
  BigDecimal grace;

  /** --csms and --sweep work on one curve: refused with {@code --group-by} ({@code grouped}). */
  void requireOneCurve(boolean grouped) {
    if (grouped && (csms != null || sweep)) {
      throw new IllegalArgumentException(
          (sweep ? "--sweep" : "--csms")
              + " cannot be used with --group-by yet: run it without --group-by (on the whole"
              + " base), or with --where COL=VALUE for one group");
    }
  }

  /** True with {@code --previous-if-exists}: the previous file may not exist yet. */
  boolean previousIfExists() {
    return previousIfExists != null;
  }

  /** The tiers with these decision aids, checked together by the plan's record. */
  SegmentPlan.Options plan(TierGroup.Tiers tiers) {
    return new SegmentPlan.Options(
        tiers.rule(),
        tiers.labels(),
        tiers.excludeZero(),
        Optional.ofNullable(book),
        accountsPerCsm == null ? List.of() : accountsPerCsm,
        previousFile(),
        Optional.ofNullable(grace),
        tiers.pin(),
        csms == null ? List.of() : csms,
        sweep);
  }

  /** The earlier tiers.csv, from --previous or --previous-if-exists (not both). */
  private Optional<Path> previousFile() {
    if (previousIfExists == null) {
      return Optional.ofNullable(previous);
    }
    if (previous != null) {
      throw new IllegalArgumentException(
          "--previous and --previous-if-exists name the same file: give one (--previous-if-exists"
              + " when the first run has none)");
    }
    if (previousIfExists.toString().isBlank()) {
      throw new IllegalArgumentException(
          "--previous-if-exists needs the path of an earlier run's tiers.csv; it was empty (an"
              + " unset shell variable, or previous-if-exists= in a --config file)");
    }
    return Optional.of(previousIfExists);
  }
}

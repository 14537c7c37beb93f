package dev.segment.model;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one run computes from the customers: the options asked for (cuts, labels, decision aids),
 * with the {@code --pin} and {@code --previous} files they name read.
 *
 * @param options the cuts, labels and decision aids, as the command line gave them
 * @param pins the {@code --pin} file's rows and the file's name, for messages; present exactly when
 *     the options name a pin file
 * @param previous an earlier run's tiers ({@code --previous}); present exactly when the options
 *     name that file
 */
public record SegmentPlan(
    Options options, Optional<PinList> pins, Optional<PreviousTiers> previous) {
  public SegmentPlan {
    if (pins.isPresent() != options.pinFile().isPresent()
        || previous.isPresent() != options.previousFile().isPresent()) {
      throw new IllegalArgumentException("a plan holds the --pin and --previous files it names");
    }
  }

  /** A plan with the cuts only, no decision aids. */
  public static SegmentPlan cutsOnly(CutRule rule, List<String> labels, boolean excludeZero) {
    return new SegmentPlan(
        new Options(
            rule,
            labels,
            excludeZero,
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            false),
        Optional.empty(),
        Optional.empty());
  }

  public CutRule rule() {
    return options.rule();
  }

  public List<String> labels() {
    return options.labels();
  }

  public boolean excludeZero() {
    return options.excludeZero();
  }

  public Optional<BigDecimal> grace() {
    return options.grace();
  }

  public Optional<BigDecimal> book() {
    return options.book();
  }

  public List<Integer> ratios() {
    return options.ratios();
  }

  /** CSMs the company can pay for per staffed tier ({@code --csms}); empty when not given. */
  public List<Integer> csms() {
    return options.csms();
  }

  /** Whether {@code --sweep} asked for candidate top tiers. */
  public boolean sweep() {
    return options.sweep();
  }

  /** True when staffing was asked for ({@code --book} or {@code --accounts-per-csm}). */
  public boolean staffing() {
    return options.book().isPresent() || !options.ratios().isEmpty();
  }

  /**
   * A run's options for cutting and the decision aids, checked together: the command line builds
   * one and the run's plan holds it, so no option is copied from one record to another. Files are
   * named here and read into the plan.
   *
   * @param labels the tier labels, checked by {@link Tier#requireLabels}
   * @param book ARR per CSM ({@code --book}), positive
   * @param ratios accounts per CSM from tier 1 ({@code --accounts-per-csm}), at most one per tier;
   *     empty when not given
   * @param previousFile an earlier run's tiers.csv ({@code --previous})
   * @param grace PCT of {@code --grace}, strictly between 0 and 100; needs {@code previousFile}
   * @param pinFile the {@code --pin} file
   * @param csms CSMs per staffed tier from tier 1 ({@code --csms}), each ≥ 0, at most one per
   *     staffed tier; needs {@code book} or {@code ratios}; empty when not given
   * @param sweep whether {@code --sweep} was given
   * @throws IllegalArgumentException naming the option at fault and what it takes
   */
  public record Options(
      CutRule rule,
      List<String> labels,
      boolean excludeZero,
      Optional<BigDecimal> book,
      List<Integer> ratios,
      Optional<Path> previousFile,
      Optional<BigDecimal> grace,
      Optional<Path> pinFile,
      List<Integer> csms,
      boolean sweep) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Options {
      labels = List.copyOf(labels);
      ratios = List.copyOf(ratios);
      csms = List.copyOf(csms);
      Tier.requireLabels(labels, rule.tierCount());
      if (book.isPresent() && book.get().signum() <= 0) {
        throw new IllegalArgumentException(
            "--book takes the ARR one CSM covers, a positive amount such as 3000000; got "
                + book.get().toPlainString());
      }
      if (ratios.size() > rule.tierCount()) {
        throw new IllegalArgumentException(
            "--accounts-per-csm gives "
                + ratios.size()
                + " numbers but there are "
                + rule.tierCount()
                + " tiers; give at most one per tier, from tier 1 (e.g. 15,75)");
      }
      if (!csms.isEmpty()) {
        requireBudget(
            csms,
            book.isPresent() || !ratios.isEmpty(),
            ratios.isEmpty() ? rule.tierCount() - 1 : ratios.size(),
            rule.tierCount());
      }
      if (grace.isPresent()) {
        if (previousFile.isEmpty()) {
          throw new IllegalArgumentException(
              "--grace needs --previous: it keeps customers in the tier an earlier run's"
                  + " tiers.csv gave them");
        }
        BigDecimal pct = grace.get();
        if (pct.signum() <= 0 || pct.compareTo(HUNDRED) >= 0) {
          throw new IllegalArgumentException(
              "--grace takes a percentage strictly between 0 and 100, e.g. 10; got "
                  + pct.toPlainString());
        }
      }
    }

    /** Options without a budget of CSMs or a sweep. */
    public Options(
        CutRule rule,
        List<String> labels,
        boolean excludeZero,
        Optional<BigDecimal> book,
        List<Integer> ratios,
        Optional<Path> previousFile,
        Optional<BigDecimal> grace,
        Optional<Path> pinFile) {
      this(rule, labels, excludeZero, book, ratios, previousFile, grace, pinFile, List.of(), false);
    }
  }

  /**
   * Checks {@code --csms} against the staffing options: the staffed tiers are the ones with an
   * {@code --accounts-per-csm} number, or with {@code --book} alone every tier but the last.
   */
  private static void requireBudget(
      List<Integer> csms, boolean staffing, int staffedTiers, int tierCount) {
    if (!staffing) {
      throw new IllegalArgumentException(
          "--csms needs --book or --accounts-per-csm, which say how many customers one CSM can"
              + " serve (e.g. --csms 4,10 --accounts-per-csm 15,75)");
    }
    for (int c : csms) {
      if (c < 0) {
        throw new IllegalArgumentException(
            "--csms takes whole numbers of CSMs, 0 or more, one per staffed tier from tier 1"
                + " (e.g. --csms 4,10); got "
                + c);
      }
    }
    if (csms.size() > staffedTiers) {
      throw new IllegalArgumentException(
          "--csms gives "
              + csms.size()
              + " numbers but only "
              + staffedTiers
              + (staffedTiers == 1 ? " tier is" : " tiers are")
              + " staffed; give at most one per staffed tier, from tier 1"
              + " (--accounts-per-csm or --book says which tiers are staffed)");
    }
    if (csms.size() == tierCount) {
      // A fitted tier gives customers to the tier after it; the last has none.
      throw new IllegalArgumentException(
          "--csms gives a number for the last tier, which has no tier after it to take the"
              + " customers it would give up; give at most "
              + (tierCount - 1)
              + " numbers");
    }
  }

  /** The rows of a {@code --pin} file and where they came from. */
  public record PinList(String source, List<Pin> pins) {
    public PinList {
      pins = List.copyOf(pins);
    }
  }
}

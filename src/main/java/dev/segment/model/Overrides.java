package dev.segment.model;

/**
 * The tiers after overrides: customers pinned to a tier ({@code --pin}), who are not on the curve,
 * and customers on the curve that grace ({@code --grace}) kept in their previous tier. Tiers are
 * 0-based positions into the segmentation's tiers.
 */
public final class Overrides {
  /** Why a customer's tier is not the one the cuts gave. */
  public enum Kind {
    NONE(""),
    PINNED("pinned"),
    GRACE("grace");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** The {@code override} cell of {@code tiers.csv}: {@code pinned}, {@code grace} or empty. */
    public String word() {
      return word;
    }
  }

  private static final Overrides NONE =
      new Overrides(false, new int[0], new int[0], new int[0], null);

  private final boolean shown;
  private final int[] pinned;
  private final int[] pinnedTiers;
  private final int[] pinnedComputedTiers;
  private final int[] graceTiers;
  private final int graceKept;

  private Overrides(
      boolean shown, int[] pinned, int[] pinnedTiers, int[] pinnedComputedTiers, int[] graceTiers) {
    if (pinned.length != pinnedTiers.length || pinned.length != pinnedComputedTiers.length) {
      throw new IllegalArgumentException("one tier and one computed tier per pinned customer");
    }
    this.shown = shown;
    this.pinned = pinned.clone();
    this.pinnedTiers = pinnedTiers.clone();
    this.pinnedComputedTiers = pinnedComputedTiers.clone();
    this.graceTiers = graceTiers == null ? null : graceTiers.clone();
    int kept = 0;
    if (graceTiers != null) {
      for (int t : graceTiers) {
        kept += t >= 0 ? 1 : 0;
      }
    }
    this.graceKept = kept;
  }

  /** No override, and no override columns in {@code tiers.csv}. */
  public static Overrides none() {
    return NONE;
  }

  /**
   * Overrides of a run with {@code --pin} or {@code --grace}, so {@code tiers.csv} shows the audit
   * columns even when nothing was overridden.
   *
   * @param pinned customer indexes, MRR descending then id ascending
   * @param pinnedTiers the tier of each pinned customer
   * @param pinnedComputedTiers the tier the cuts give each pinned customer: the first whose floor
   *     its MRR reaches
   * @param graceTiers per 0-based rank, the tier grace kept the customer in, or -1; null for none
   */
  public static Overrides of(
      int[] pinned, int[] pinnedTiers, int[] pinnedComputedTiers, int[] graceTiers) {
    return new Overrides(true, pinned, pinnedTiers, pinnedComputedTiers, graceTiers);
  }

  /** True when the run asked for pins or grace: {@code tiers.csv} gains its audit columns. */
  public boolean shown() {
    return shown;
  }

  /** True when some customer's tier differs from what a plain run gives. */
  public boolean changesTiers() {
    return pinned.length > 0 || graceKept > 0;
  }

  public int pinnedCount() {
    return pinned.length;
  }

  /** The customer index of the j-th pinned customer (MRR descending, then id). */
  public int pinnedCustomer(int j) {
    return pinned[j];
  }

  public int pinnedTier(int j) {
    return pinnedTiers[j];
  }

  /** The tier the cuts give the j-th pinned customer, which is off the curve. */
  public int pinnedComputedTier(int j) {
    return pinnedComputedTiers[j];
  }

  /** True when the run used {@code --grace} (even if it kept nobody). */
  public boolean graceUsed() {
    return graceTiers != null;
  }

  /** How many customers on the curve grace kept in their previous tier. */
  public int graceKept() {
    return graceKept;
  }

  /** The tier grace kept the customer at this 0-based rank in, or -1. */
  public int graceTier(int rank) {
    return graceTiers == null ? -1 : graceTiers[rank];
  }

  /** The tier of the customer at this 0-based rank after grace: the cuts' unless grace kept it. */
  public int tierOf(Segmentation s, int rank) {
    int kept = graceTier(rank);
    return kept >= 0 ? kept : s.tierOf(rank);
  }

  /** Why the tier of the customer at this rank is not the cuts': {@code GRACE} or {@code NONE}. */
  public Kind kindOf(int rank) {
    return graceTier(rank) >= 0 ? Kind.GRACE : Kind.NONE;
  }
}

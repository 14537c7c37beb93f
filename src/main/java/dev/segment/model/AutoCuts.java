package dev.segment.model;

/**
 * Where the computed ABC analysis ({@code --by auto}) put its points on the curve. Points are
 * customer counts i (1-based: x_i = i/N), or 0 where the curve is degenerate and the point is not
 * defined.
 *
 * @param paretoPoint P, the point nearest the ideal corner (0, 1)
 * @param breakEvenPoint BE, the last customer whose MRR is at least the mean MRR
 * @param submarginalPoint the point nearest (B_x, 1), which ends tier 2
 * @param tier1EndsAtPareto true when P came first and so ended tier 1; false when BE did
 * @param degenerate empty, or why the curve had no proper ABC cut (one customer, all MRR equal, …)
 */
public record AutoCuts(
    int paretoPoint,
    int breakEvenPoint,
    int submarginalPoint,
    boolean tier1EndsAtPareto,
    String degenerate) {
  public AutoCuts {
    degenerate = degenerate == null ? "" : degenerate;
  }

  public boolean isDegenerate() {
    return !degenerate.isEmpty();
  }

  /** Where tier 1 ends before the tie and zero rules move it: P or BE, whichever came first. */
  public int tier1End() {
    return tier1EndsAtPareto ? paretoPoint : breakEvenPoint;
  }
}

package dev.segment.model;

/**
 * What {@code --parent-column} rolled up: how many accounts were counted toward a parent account
 * and into how many parents (top accounts, the customers on the curve).
 *
 * @param column the header of the parent column
 * @param accounts distinct ids whose rows were summed into a top account other than themselves
 * @param parents customers holding the rows of at least one such account
 * @param levels the most parent links a row climbed from its own id to its customer
 * @param parentsWithoutRow customers whose top account is the id of no row, only named as a parent
 *     (its name then empty)
 */
public record RollUp(String column, int accounts, int parents, int levels, int parentsWithoutRow) {
  public RollUp {
    if (accounts < 0 || parents < 0 || levels < 0 || parentsWithoutRow < 0) {
      throw new IllegalArgumentException("roll-up counts cannot be negative");
    }
  }
}

package dev.segment.dates;

import java.util.Optional;

/**
 * Which END convention a file's whole-month rows show, counted over its rows: the convention for
 * its other periods when they show one, and the exit-3 case when they show both, or none while a
 * row of other length needs one.
 */
public final class EndConventions {
  private long exclusive;
  private long inclusive;
  private long other;
  private long firstExclusive = -1;
  private long firstInclusive = -1;

  /** Counts one row's period (valid dates, either order); {@code line} names it in messages. */
  public void add(int start, int end, long line) {
    if (end < start) {
      return;
    }
    PeriodEnd shown = ServicePeriod.shown(start, end);
    if (shown == PeriodEnd.EXCLUSIVE) {
      if (exclusive++ == 0) {
        firstExclusive = line;
      }
    } else if (shown == PeriodEnd.INCLUSIVE) {
      if (inclusive++ == 0) {
        firstInclusive = line;
      }
    } else {
      // Zero days needs a convention too: under inclusive it is one day.
      other++;
    }
  }

  /** Rows whose period is whole months with END exclusive. */
  public long exclusive() {
    return exclusive;
  }

  /** Rows whose period is whole months with END inclusive. */
  public long inclusive() {
    return inclusive;
  }

  /** Rows whose period is not whole months (prorations, odd lengths). */
  public long other() {
    return other;
  }

  /** The line of the first row of each convention, for the message naming both. */
  public long firstExclusive() {
    return firstExclusive;
  }

  public long firstInclusive() {
    return firstInclusive;
  }

  /** True when the rows show both conventions, or none while some row needs one. */
  public boolean undecided() {
    return (exclusive > 0 && inclusive > 0) || (exclusive == 0 && inclusive == 0 && other > 0);
  }

  /** The one convention the whole-month rows show, or empty when they show none or both. */
  public Optional<PeriodEnd> found() {
    if (exclusive > 0 && inclusive == 0) {
      return Optional.of(PeriodEnd.EXCLUSIVE);
    }
    if (inclusive > 0 && exclusive == 0) {
      return Optional.of(PeriodEnd.INCLUSIVE);
    }
    return Optional.empty();
  }
}

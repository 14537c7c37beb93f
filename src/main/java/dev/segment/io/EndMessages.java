package dev.segment.io;

/** The exit-3 sentences about a file's END convention, each naming {@code --period-end}. */
final class EndMessages {
  private EndMessages() {}

  static String none() {
    return "no row's service period is a whole number of calendar months, so segment cannot tell"
        + " whether END is the period's last day or the next period's first; say it with"
        + " --period-end exclusive|inclusive";
  }

  static String both(long exclusiveLine, long inclusiveLine) {
    return "the whole-month periods show both END conventions (line "
        + exclusiveLine
        + " ends on the next period's first day, line "
        + inclusiveLine
        + " on the period's last day); say which one the other periods use with --period-end"
        + " exclusive|inclusive";
  }
}

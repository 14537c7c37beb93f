package dev.segment.cli;

/** The process exit codes SPEC.md defines. */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;

  /** A file-system failure (input missing or unreadable, --out unwritable, disk full) or a bug. */
  public static final int FILE_SYSTEM = 1;

  /** A usage error: picocli's own, or an option value wrong in itself or in combination. */
  public static final int USAGE = 2;

  /** A data error: input that cannot be read or used as it is. */
  public static final int DATA = 3;

  private ExitCodes() {}
}

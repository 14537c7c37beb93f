package dev.segment.cli;

/** What the run prints on standard output. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV
}

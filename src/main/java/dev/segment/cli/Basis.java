package dev.segment.cli;

/** The values of {@code --by}. */
public enum Basis {
  CUSTOMERS,
  REVENUE,
  MRR,
  AUTO
}

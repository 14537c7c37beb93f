package dev.segment.model;

/**
 * The warning that the amounts may be prices per billing interval: the money column was named with
 * {@code --mrr-column}, is not one of SPEC's MRR names, and the header has an unused column named
 * like an interval ({@code Interval}, {@code billing_period}, …).
 *
 * @param column the interval-like column's header as written
 * @param values its values over the rows that passed the filters
 */
public record IntervalHint(String column, ValueCounts values) {}

/**
 * The row rules: what the read does with each data row once the header has named its columns, as a
 * fixed sequence of small steps ({@link dev.segment.rows.RowStep}) that {@code io.RowTally} runs in
 * order — blank and footer lines, shifted rows, {@code --latest}, the {@code --where} filters, the
 * date rules of SPEC "MRR on a date", the watched cells and hint values, the id and parent, the
 * amount, its factors (interval, quantity), the currency and rate, the kept cells, and the sum.
 *
 * <p>What belongs here: a step that reads some cells of a row and decides whether the row goes on,
 * with its own columns (0-based indexes, resolved by {@code io} from the header), its own counts,
 * and the report lines of the rows it filtered ({@link dev.segment.model.FilterCount}); the filter
 * family ({@link dev.segment.rows.RowFilter}), where a filter on two columns or a new comparison is
 * one new class; and the small per-cell readers the steps share (footer labels, interval words,
 * currency codes, value tallies).
 *
 * <p>What does not: finding columns by name, options, files and parsers (that is {@code io}, which
 * builds the steps and hands them what they read through {@link dev.segment.rows.AmountReader});
 * what the hints conclude from the watched cells ({@code hints}).
 *
 * <p>The steps are the hot path: cells are read by index, a skipped or filtered row is counted, not
 * thrown, and nothing is allocated per row (one {@link dev.segment.rows.Row} per tally carries what
 * a step found to the steps after it).
 */
package dev.segment.rows;

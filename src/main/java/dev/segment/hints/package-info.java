/**
 * Reading an export right the first time: what the cells of the columns segment did not read say
 * about the reading it made (statuses, intervals, quantities, cents, subscription ids, ledgers,
 * parents), and the known exports {@code --source} stands for. Pure: no files, no CSV parser; the
 * reader feeds {@link dev.segment.hints.ColumnCells} one cell at a time.
 */
package dev.segment.hints;

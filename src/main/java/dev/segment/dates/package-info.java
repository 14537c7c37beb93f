/**
 * Dates in cells and the calendar arithmetic of SPEC "MRR on a date": reading a cell as a date
 * ({@link dev.segment.dates.CellDates}), whole calendar months and day counts of a service period
 * ({@link dev.segment.dates.ServicePeriod}), which END convention a file's whole-month rows show
 * ({@link dev.segment.dates.EndConventions}), the trailing window ({@link
 * dev.segment.dates.TrailingWindow}) and the newest version per key ({@link
 * dev.segment.dates.LatestVersions}). Pure: no I/O, no picocli, no Commons CSV, so every rule is
 * tested directly.
 *
 * <p>Dates are epoch days in an {@code int} (days since 1970-01-01), so a row's dates cost no
 * allocation and a cell that is no date is a sentinel, never an exception.
 */
package dev.segment.dates;

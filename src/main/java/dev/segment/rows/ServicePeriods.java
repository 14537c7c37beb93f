package dev.segment.rows;

import dev.segment.dates.CellDates;
import dev.segment.dates.PeriodEnd;
import dev.segment.dates.ServicePeriod;
import dev.segment.model.DataException;
import dev.segment.model.FilterCount;
import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;
import java.util.List;

/**
 * {@code --period-columns START,END} (the amount pays for the period: its month share goes into the
 * {@link Row}) or {@code --valid-columns START,END} (the price held then, the amount already
 * monthly): a row whose period does not cover the as-of date is filtered, one with a cell that is
 * no date, a period of 0 days or END before START is skipped. An empty END is open-ended.
 */
public final class ServicePeriods extends RowStep {
  private final RowDates dates;
  private final int start;
  private final int end;
  private final boolean divides;
  private final PeriodEnd convention;
  private final String noConvention;
  private final String expression;
  private final SkippedRows.Collector skipped;
  private long filtered;

  /**
   * @param divides true for --period-columns, false for --valid-columns
   * @param convention how END is written, or null when no row needs it
   * @param noConvention the message when a row needs a convention that was not found
   * @param expression the option as the report names it
   */
  public ServicePeriods(
      RowDates dates,
      int start,
      int end,
      boolean divides,
      PeriodEnd convention,
      String noConvention,
      String expression,
      SkippedRows.Collector skipped) {
    this.dates = dates;
    this.start = start;
    this.end = end;
    this.divides = divides;
    this.convention = convention;
    this.noConvention = noConvention;
    this.expression = expression;
    this.skipped = skipped;
  }

  @Override
  public boolean take(Row row) {
    String startCell = row.cell(start);
    int s = dates.read(startCell, row.line);
    if (!CellDates.isDate(s)) {
      return skip(row, SkipReason.DATE, startCell);
    }
    String endCell = row.cell(end);
    int asOf = dates.asOf();
    if (endCell.isBlank()) {
      // Open-ended: a subscription with no end yet, its amount already monthly.
      return s <= asOf || filter();
    }
    int e = dates.read(endCell, row.line);
    if (!CellDates.isDate(e)) {
      return skip(row, SkipReason.DATE, endCell);
    }
    if (!divides) {
      return (s <= asOf && asOf < e) || filter();
    }
    return e < s ? skip(row, SkipReason.PERIOD, null) : period(row, s, e);
  }

  private boolean period(Row row, int s, int e) {
    int asOf = dates.asOf();
    long months = ServicePeriod.wholeMonths(s, e, convention);
    if (months > 0) {
      PeriodEnd shown = convention != null ? convention : ServicePeriod.shown(s, e);
      if (!ServicePeriod.covers(s, e, shown, asOf)) {
        return filter();
      }
      row.over = months;
      return true;
    }
    if (convention == null) {
      // The first pass found a convention whenever a row needs one; a file read without it
      // (standard input spooled, a test) meets the same message here.
      throw new DataException(noConvention);
    }
    long days = ServicePeriod.days(s, e, convention);
    if (days <= 0) {
      return skip(row, SkipReason.PERIOD, null);
    }
    if (!ServicePeriod.covers(s, e, convention, asOf)) {
      return filter();
    }
    row.times = ServicePeriod.MEAN_MONTH_DAYS;
    row.over = days;
    return true;
  }

  private boolean filter() {
    filtered++;
    return false;
  }

  private boolean skip(Row row, SkipReason reason, String value) {
    if (value == null) {
      skipped.skip(reason, row.line);
    } else {
      skipped.skip(reason, row.line, value);
    }
    return false;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    filtered += ((ServicePeriods) later).filtered;
  }

  @Override
  public long filtered() {
    return filtered;
  }

  @Override
  public void filterCounts(List<FilterCount> out) {
    out.add(new FilterCount(expression, filtered, FilterCount.Reason.PERIOD));
  }
}

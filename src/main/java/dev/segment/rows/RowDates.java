package dev.segment.rows;

import dev.segment.dates.CellDates;
import dev.segment.dates.DateFormat;
import dev.segment.model.DataException;

/**
 * How the date rules read a row's date cells: the {@code --date-format}, the {@code --as-of} day,
 * and the input's label for the one date that stops the read (a 2-digit year).
 *
 * @param asOf the as-of date as an epoch day
 */
public record RowDates(String label, DateFormat format, int asOf) {

  /**
   * The cell as an epoch day, or a value {@link CellDates#isDate} rejects.
   *
   * @throws DataException for a 2-digit year, which segment will not guess the century of
   */
  int read(String cell, long line) {
    int d = CellDates.epochDay(cell, format);
    if (d == CellDates.TWO_DIGIT_YEAR) {
      throw new DataException(
          label
              + ": line "
              + line
              + ": the date \""
              + cell.strip()
              + "\" has a 2-digit year, which segment will not guess the century of; save the"
              + " file with 4-digit years (12/1/2024)");
    }
    return d;
  }
}

package dev.segment.rows;

import dev.segment.model.SkipReason;
import dev.segment.model.SkippedRows;

/**
 * The amount cell, read by the tally's {@link AmountReader} (which the later steps then ask for its
 * digits and currency): an empty cell or one that is no amount skips the row.
 */
public final class Amount extends RowStep {
  private final int column;
  private final AmountReader money;
  private final boolean wholeDigitsOnly;
  private final SkippedRows.Collector skipped;

  /**
   * @param wholeDigitsOnly {@code --minor-units}: only digits are an amount in cents
   */
  public Amount(
      int column, AmountReader money, boolean wholeDigitsOnly, SkippedRows.Collector skipped) {
    this.column = column;
    this.money = money;
    this.wholeDigitsOnly = wholeDigitsOnly;
    this.skipped = skipped;
  }

  @Override
  public boolean take(Row row) {
    String amount = row.cell(column);
    if (amount.isBlank()) {
      skipped.skip(SkipReason.EMPTY_MRR, row.line);
      return false;
    }
    AmountReader.Outcome outcome = money.read(amount);
    if (outcome == AmountReader.Outcome.NOT_A_NUMBER) {
      skipped.skip(SkipReason.NON_NUMERIC_MRR, row.line);
      return false;
    }
    if (wholeDigitsOnly && !money.wholeDigits()) {
      // In cents, "49.99" or "4,999" is not an amount: reading it either way would be a guess.
      skipped.skip(SkipReason.NON_NUMERIC_MRR, row.line);
      return false;
    }
    row.amountCell = amount;
    row.wide = outcome == AmountReader.Outcome.WIDE_NUMBER;
    return true;
  }
}

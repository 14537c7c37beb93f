package dev.segment.rows;

import dev.segment.model.CustomersBuilder;
import dev.segment.model.RowFormula;
import dev.segment.text.Money;
import java.math.BigDecimal;

/**
 * The last step when an option asks for SPEC's row formula (cents, interval, quantity, a month's
 * share, a rate): the row's monthly value in longs when it fits and needs no rounding, else exact
 * in decimals, added to its customer; under {@code --rates} also to its currency's sums.
 */
public final class FormulaSum extends RowStep {
  private final CustomersBuilder builder;
  private final AmountReader money;
  private final boolean minorUnits;
  private final CurrencyAndRate currency;
  private final boolean rollingUp;
  private final RowFormula formula = new RowFormula();
  private String lastDigitsCode;
  private int lastDigits = 2;
  private long used;

  /**
   * @param minorUnits {@code --minor-units}: amounts are in the currency's minor unit
   * @param currency the step that found the row's currency and rate
   */
  public FormulaSum(
      CustomersBuilder builder, AmountReader money, boolean minorUnits, CurrencyAndRate currency) {
    this.builder = builder;
    this.money = money;
    this.minorUnits = minorUnits;
    this.currency = currency;
    this.rollingUp = builder.rollingUp();
  }

  @Override
  public boolean take(Row row) {
    used++;
    int digits =
        minorUnits ? minorDigits(row.columnCode != null ? row.columnCode : row.written) : 0;
    // The month share of a period or window: times ÷ over; an inverse rate divides too.
    boolean plainShare = row.times == BigDecimal.ONE;
    long shareCount = plainShare ? multipliedOrZero(row.count, row.over) : 0;
    if (row.rate.compareTo(BigDecimal.ONE) == 0
        && plainShare
        && shareCount > 0
        && !row.wide
        && row.bigCount == null
        && row.bigQuantity == null
        && formula.fast(
            money.unscaled(),
            money.scale(),
            digits,
            row.quantityUnscaled,
            row.quantityScale,
            row.perYear,
            shareCount)) {
      add(row, formula.unscaled(), formula.scale());
    } else {
      exact(row, digits);
    }
    return true;
  }

  private void add(Row row, long unscaled, int scale) {
    if (currency.converts()) {
      BigDecimal value = BigDecimal.valueOf(unscaled, scale);
      currency.tally(row.rowCode, value, value);
    }
    if (rollingUp) {
      builder.addRow(unscaled, scale, row.kept);
    } else {
      builder.add(row.id, row.name(), unscaled, scale, row.kept);
    }
  }

  private void exact(Row row, int digits) {
    int scale = money.scale();
    BigDecimal amount =
        row.wide
            ? new BigDecimal(money.wideUnscaled(), scale)
            : BigDecimal.valueOf(money.unscaled(), scale);
    BigDecimal quantity =
        row.bigQuantity != null
            ? row.bigQuantity
            : BigDecimal.valueOf(row.quantityUnscaled, row.quantityScale);
    BigDecimal intervals = row.bigCount != null ? row.bigCount : BigDecimal.valueOf(row.count);
    BigDecimal over = BigDecimal.valueOf(row.over);
    RowFormula.Share written = new RowFormula.Share(row.times, over);
    RowFormula.Share share =
        row.rateInverse ? new RowFormula.Share(row.times, over.multiply(row.rate)) : written;
    BigDecimal factor = row.rateInverse ? BigDecimal.ONE : row.rate;
    BigDecimal value =
        RowFormula.value(amount, digits, factor, quantity, row.perYear, intervals, share);
    if (currency.converts()) {
      BigDecimal unconverted =
          row.rate.compareTo(BigDecimal.ONE) == 0
              ? value
              : RowFormula.value(
                  amount, digits, BigDecimal.ONE, quantity, row.perYear, intervals, written);
      currency.tally(row.rowCode, unconverted, value);
    }
    if (rollingUp) {
      builder.addRow(value.unscaledValue(), value.scale(), row.kept);
    } else {
      builder.add(row.id, row.name(), value.unscaledValue(), value.scale(), row.kept);
    }
  }

  /** {@code a × b}, or 0 when it does not fit a long (then the exact path computes the row). */
  private static long multipliedOrZero(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    return (hi == 0 && lo >= 0) ? lo : 0;
  }

  private int minorDigits(String code) {
    if (code == null) {
      return 2;
    }
    if (!code.equals(lastDigitsCode)) {
      lastDigitsCode = code;
      lastDigits = Money.minorDigits(code);
    }
    return lastDigits;
  }

  @Override
  public void absorb(RowStep later, long lineOffset) {
    used += ((FormulaSum) later).used;
  }

  @Override
  public long used() {
    return used;
  }
}

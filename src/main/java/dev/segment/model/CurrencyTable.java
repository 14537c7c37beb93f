package dev.segment.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code --rates} did to the used rows, per currency: how many rows, their sum in their own
 * currency, the rate and the sum converted into the base currency. Sums are of each row's value by
 * the row formula (so after {@code --minor-units}, quantity and interval), before and after the
 * rate; the converted sums add up to the total of the used rows.
 *
 * @param base the base currency every amount afterwards is in
 * @param currencies one line per currency seen in a used row, by code; a row with no currency
 *     counts as the base currency
 */
public record CurrencyTable(String base, List<Line> currencies) {
  public CurrencyTable {
    currencies = List.copyOf(currencies);
  }

  /** One currency's rows, sum as written, rate and converted sum. */
  public record Line(
      String code, long rows, BigDecimal written, BigDecimal rate, BigDecimal converted) {}
}

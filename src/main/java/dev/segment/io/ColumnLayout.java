package dev.segment.io;

import dev.segment.model.AmountKind;
import java.util.List;

/**
 * The 0-based positions of the input columns segment reads, found once from the header so each row
 * is read by index.
 *
 * @param name the name column, or -1 when the header has none
 * @param currencies columns that state each row's currency
 * @param kept columns carried into {@code tiers.csv}, in input order, named by {@code keptHeaders}
 * @param interval the billing interval column ({@code --interval-column}), or -1
 * @param intervalCount the intervals-per-period column, or -1
 * @param quantity the quantity column, or -1
 * @param filters the column of each {@code --where} filter, in the filters' order
 * @param intervalHint an unused interval-like column the report warns about, or -1
 * @param quantityHint an unused quantity-like column the report may warn about, or -1
 * @param countHint an unused interval-count-like column the report may warn about, or -1
 * @param status a status column no filter names, whose values the report lists, or -1
 * @param parent the {@code --parent-column}, or -1 when rows are not rolled up
 * @param group the {@code --group-by} column, or -1
 */
record ColumnLayout(
    int id,
    int amount,
    AmountKind kind,
    int name,
    int[] currencies,
    int[] kept,
    List<String> keptHeaders,
    int interval,
    int intervalCount,
    int quantity,
    int[] filters,
    int intervalHint,
    int quantityHint,
    int countHint,
    int status,
    int parent,
    int group) {

  ColumnLayout {
    currencies = currencies.clone();
    kept = kept.clone();
    filters = filters.clone();
    keptHeaders = List.copyOf(keptHeaders);
  }
}

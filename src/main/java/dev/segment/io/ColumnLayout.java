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
 */
record ColumnLayout(
    int id,
    int amount,
    AmountKind kind,
    int name,
    int[] currencies,
    int[] kept,
    List<String> keptHeaders) {

  ColumnLayout {
    currencies = currencies.clone();
    kept = kept.clone();
    keptHeaders = List.copyOf(keptHeaders);
  }
}

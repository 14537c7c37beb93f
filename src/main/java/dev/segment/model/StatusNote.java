package dev.segment.model;

import java.util.Optional;

/**
 * The note on a {@code status} column that no {@code --where} names: its values with row counts,
 * and the filter that keeps the subscriptions still paying, so canceled and trialing rows are not
 * counted by accident.
 *
 * @param column the status column's header as written
 * @param values its values over the rows that passed the filters
 * @param suggestedWhere the {@code --where} value keeping the values that read {@code active} or
 *     {@code past due} (ignoring case, spaces and {@code _}), e.g. {@code Status=active,past_due};
 *     empty when the column has none
 */
public record StatusNote(String column, ValueCounts values, Optional<String> suggestedWhere) {}

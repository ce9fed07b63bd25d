package io.aegis.adapters.persistence;

import io.aegis.application.port.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * Turns a list query's sort criteria into ORDER BY, always ending on the id so pages never overlap, in the
 * direction {@link SortOrder#tiesDescending} gives it: an index on a column also holds the row's id (InnoDB's
 * clustered key, SQLite's rowid), so {@code created_at DESC, id DESC} is that index read backwards and a page stops
 * after its rows, where {@code created_at DESC, id ASC} would sort the whole list first.
 */
public final class Sorting {

    private Sorting() {
    }

    public static <F extends io.aegis.application.port.SortField> List<SortField<?>> orderBy(
            List<SortOrder<F>> criteria, Function<F, Field<?>> column, Field<?> id) {
        return orderBy(criteria, column, Set.of(), id);
    }

    /** @param absentLast fields whose rows without a value come last in both directions (an unscored risk) */
    public static <F extends io.aegis.application.port.SortField> List<SortField<?>> orderBy(
            List<SortOrder<F>> criteria, Function<F, Field<?>> column, Set<F> absentLast, Field<?> id) {
        List<SortField<?>> order = new ArrayList<>(criteria.size() + 1);
        for (SortOrder<F> criterion : criteria) {
            Field<?> field = column.apply(criterion.field());
            // both databases sort NULL below every value: descending, absent values come last already, and an index
            // read backwards serves the order; only ascending needs NULLS LAST
            boolean nullsLast = absentLast.contains(criterion.field()) && !criterion.descending();
            order.add(criterion.descending() ? field.desc() : nullsLast ? field.asc().nullsLast() : field.asc());
        }
        order.add(SortOrder.tiesDescending(criteria) ? id.desc() : id.asc());
        return order;
    }
}

package io.aegis.adapters.persistence;

import io.aegis.application.port.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.SortField;

/** Turns a list query's sort criteria into ORDER BY, always ending on the id so pages never overlap. */
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
            SortField<?> sorted = criterion.descending() ? field.desc() : field.asc();
            order.add(absentLast.contains(criterion.field()) ? sorted.nullsLast() : sorted);
        }
        order.add(id.asc());
        return order;
    }
}

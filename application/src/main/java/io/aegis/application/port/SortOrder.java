package io.aegis.application.port;

import java.util.List;
import java.util.Objects;

/** One criterion of a list's order. */
public record SortOrder<F extends SortField>(F field, boolean descending) {

    public SortOrder {
        Objects.requireNonNull(field, "field");
    }

    public static <F extends SortField> SortOrder<F> ascending(F field) {
        return new SortOrder<>(field, false);
    }

    /**
     * Whether rows equal on every criterion follow their ids descending: they follow the last criterion's direction,
     * so that a database reads a descending page from an index backwards instead of sorting every row first.
     */
    public static boolean tiesDescending(List<? extends SortOrder<?>> criteria) {
        return !criteria.isEmpty() && criteria.get(criteria.size() - 1).descending();
    }
}

package io.aegis.application.port;

import java.util.Objects;

/** One criterion of a list's order. */
public record SortOrder<F extends SortField>(F field, boolean descending) {

    public SortOrder {
        Objects.requireNonNull(field, "field");
    }

    public static <F extends SortField> SortOrder<F> ascending(F field) {
        return new SortOrder<>(field, false);
    }
}

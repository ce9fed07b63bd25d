package io.aegis.application.identity.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text   matches roles whose name or description contains it, ignoring case
 * @param active only active ({@code true}) or only inactive ({@code false}) roles; empty for both
 * @param sort   applied in order; the id breaks remaining ties so pages are stable
 */
public record ListRolesQuery(Optional<String> text, Optional<Boolean> active, List<SortOrder<RoleSortField>> sort,
                             PageRequest page) {

    public ListRolesQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(active, "active");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(RoleSortField.NAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    /** The first page of active roles by name. */
    public static ListRolesQuery firstActive() {
        return new ListRolesQuery(Optional.empty(), Optional.of(true), List.of(), PageRequest.first());
    }
}

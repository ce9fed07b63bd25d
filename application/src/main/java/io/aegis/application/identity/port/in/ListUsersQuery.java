package io.aegis.application.identity.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.application.port.SortOrder;
import io.aegis.domain.identity.RoleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param text   matches users whose username, email or full name contains it, ignoring case
 * @param active only active ({@code true}) or only inactive ({@code false}) users; empty for both
 * @param role   only users holding this role (an inactive role is held by nobody, as in the views)
 * @param sort   applied in order; the id breaks remaining ties so pages are stable
 */
public record ListUsersQuery(Optional<String> text, Optional<Boolean> active, Optional<RoleId> role,
                             List<SortOrder<UserSortField>> sort, PageRequest page) {

    public ListUsersQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(role, "role");
        sort = sort.isEmpty() ? List.of(SortOrder.ascending(UserSortField.USERNAME)) : List.copyOf(sort);
        Objects.requireNonNull(page, "page");
    }

    /** The first page of active users by username. */
    public static ListUsersQuery firstActive() {
        return new ListUsersQuery(Optional.empty(), Optional.of(true), Optional.empty(), List.of(),
                PageRequest.first());
    }
}

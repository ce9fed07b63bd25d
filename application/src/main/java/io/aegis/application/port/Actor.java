package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, and from where. Every use case receives one and checks its permission first (through
 * {@link AccessGuard}), so an embedder calling a use case directly gets the same protection as an HTTP client.
 *
 * @param userId        the acting user's id; empty for the system itself (migrations, schedulers)
 * @param name          a display name for logs and audit rows
 * @param permissions   what this actor may do
 * @param origin        where the request came from, for the audit trail
 */
public record Actor(Optional<Long> userId, String name, Set<Permission> permissions, RequestOrigin origin) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        Objects.requireNonNull(origin, "origin");
    }

    /** Aegis itself, holding every permission: for start-up tasks and the offline command line. */
    public static Actor system(String name) {
        return new Actor(Optional.empty(), name, EnumSet.allOf(Permission.class), RequestOrigin.LOCAL);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}

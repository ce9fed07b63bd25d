package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, and from where. Every use case receives one and checks its permission first (through
 * {@link UseCaseRunner#require}), so an embedder calling a use case directly gets the same protection as an HTTP client.
 *
 * @param userId        the acting user's id; empty for the system itself (migrations, schedulers)
 * @param name          a display name for logs and audit rows
 * @param permissions   what this actor may do
 * @param origin        where the request came from, for the audit trail
 */
public record Actor(Optional<Long> userId, String name, Set<Permission> permissions, RequestOrigin origin) {

    /** How a system actor's session is named in audit rows. */
    public static final String SYSTEM_SESSION = "system:";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Aegis itself, or a program embedding it, holding every permission: for start-up tasks, the offline command
     * line and an embedder's scheduled jobs. Audited as such: the row's user is empty (null) and its session reads
     * {@code system:<name>}, so a system action is never mistaken for a user's.
     */
    public static Actor system(String name) {
        return new Actor(Optional.empty(), name, EnumSet.allOf(Permission.class),
                RequestOrigin.LOCAL.withSession(SYSTEM_SESSION + name));
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}

package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.ScopedPermissions;
import io.aegis.domain.organisation.Scope;
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
 * @param grants        what this actor may do, and in which organisational units: resolved once, when the actor is
 *                      authenticated, so that every check and every read of the request uses the same scope
 * @param origin        where the request came from, for the audit trail
 */
public record Actor(Optional<Long> userId, String name, ScopedPermissions grants, RequestOrigin origin) {

    /** How a system actor's session is named in audit rows. */
    public static final String SYSTEM_SESSION = "system:";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grants, "grants");
        Objects.requireNonNull(origin, "origin");
    }

    /** An actor holding {@code permissions} in every unit. */
    public Actor(Optional<Long> userId, String name, Set<Permission> permissions, RequestOrigin origin) {
        this(userId, name, ScopedPermissions.everywhere(permissions), origin);
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

    /** The permissions the actor holds in at least one unit. */
    public Set<Permission> permissions() {
        return grants.permissions();
    }

    /** Whether the actor holds {@code permission} in at least one unit. */
    public boolean may(Permission permission) {
        return !scopeOf(permission).isEmpty();
    }

    /** The units where the actor may use {@code permission}. */
    public Scope scopeOf(Permission permission) {
        return grants.scopeOf(permission);
    }
}

package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.shared.Description;
import java.time.Instant;
import java.util.List;

/**
 * A role as clients see it. {@code description} may be null.
 *
 * @param permissions the permission keys ({@code risk:read}), in the enum's order
 * @param builtIn     whether it is one of the seeded roles, which cannot be renamed, deactivated or regranted
 */
public record RoleView(long id, String name, String description, List<String> permissions, boolean active,
                       boolean builtIn, Instant createdAt, Instant updatedAt) {

    public RoleView {
        permissions = List.copyOf(permissions);
    }

    public static RoleView of(Role role) {
        return new RoleView(
                role.id().orElseThrow(() -> new IllegalStateException("an unsaved role has no view")).value(),
                role.name().value(),
                role.description().map(Description::value).orElse(null),
                role.permissions().stream().map(Permission::key).toList(),
                role.active(),
                role.builtIn(),
                role.createdAt(),
                role.updatedAt());
    }

    /** The version clients send back in {@code If-Match}. */
    public Instant version() {
        return updatedAt;
    }
}

package io.aegis.application.identity.port.out;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleAssignment;
import java.util.Objects;
import java.util.Set;

/** One assignment of an active role, with what the role grants: what a user's scope resolves from. */
public record RoleGrant(RoleAssignment assignment, Set<Permission> permissions) {

    public RoleGrant {
        Objects.requireNonNull(assignment, "assignment");
        permissions = Set.copyOf(permissions);
    }
}

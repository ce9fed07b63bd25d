package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.Role;

/** A role as a user's view names it. */
public record UserRoleView(long id, String name) {

    public static UserRoleView of(Role role) {
        return new UserRoleView(
                role.id().orElseThrow(() -> new IllegalStateException("an unsaved role is assigned to nobody")).value(),
                role.name().value());
    }
}

package io.aegis.application.identity;

import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A stored user as an actor, with what their roles grant at this moment: for credentials and embedders alike. */
final class StoredActors {

    private StoredActors() {
    }

    static Set<Permission> permissionsOf(RoleRepository roles, User user) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.rolesOf(user.id().orElseThrow()).stream().map(Role::permissions).forEach(permissions::addAll);
        return permissions;
    }

    static Actor actor(User user, Set<Permission> permissions, RequestOrigin origin) {
        return new Actor(Optional.of(user.id().orElseThrow().value()), user.username().value(), permissions, origin);
    }
}

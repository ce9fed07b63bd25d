package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ActAsUseCase;
import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.Username;

public record ActAsService(UserRepository users, RoleRepository roles, OrgUnitDirectory units) implements ActAsUseCase {

    @Override
    public Actor actAs(Username username, RequestOrigin origin) {
        User user = users.findByUsername(username).filter(User::active).orElseThrow(
                () -> new UnauthenticatedException("there is no active user named " + username.value()));
        return StoredActors.actor(user, StoredActors.permissionsOf(roles, units, user), origin);
    }
}

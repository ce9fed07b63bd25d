package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ActAsUseCase;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.Username;

public final class ActAsService implements ActAsUseCase {

    private final UserRepository users;
    private final StoredActors actors;

    public ActAsService(UserRepository users, RoleRepository roles) {
        this.users = users;
        this.actors = new StoredActors(roles);
    }

    @Override
    public Actor actAs(Username username, RequestOrigin origin) {
        User user = users.findByUsername(username).filter(User::active).orElseThrow(
                () -> new UnauthenticatedException("there is no active user named " + username.value()));
        return StoredActors.actor(user, actors.permissionsOf(user), origin);
    }
}

package io.aegis.application.identity;

import io.aegis.application.identity.port.in.GetCurrentUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;

/** Being signed in is the permission: everyone may see themself. */
public record GetCurrentUserService(UserRepository users, RoleRepository roles) implements GetCurrentUserUseCase {

    @Override
    public UserView current(Actor actor) {
        return UserServiceSupport.view(roles, UserServiceSupport.actingUser(users, actor));
    }
}

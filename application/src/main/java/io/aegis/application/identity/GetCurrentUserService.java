package io.aegis.application.identity;

import io.aegis.application.identity.port.in.GetCurrentUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;

/** Being signed in is the permission: everyone may see themself. */
public final class GetCurrentUserService implements GetCurrentUserUseCase {

    private final UserRepository users;
    private final RoleRepository roles;

    public GetCurrentUserService(UserRepository users, RoleRepository roles) {
        this.users = users;
        this.roles = roles;
    }

    @Override
    public UserView current(Actor actor) {
        return UserServiceSupport.view(roles, UserServiceSupport.actingUser(users, actor));
    }
}

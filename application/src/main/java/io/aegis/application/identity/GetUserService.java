package io.aegis.application.identity;

import io.aegis.application.identity.port.in.GetUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;

public final class GetUserService implements GetUserUseCase {

    private final AccessGuard guard;
    private final UserRepository users;
    private final RoleRepository roles;

    public GetUserService(AccessGuard guard, UserRepository users, RoleRepository roles) {
        this.guard = guard;
        this.users = users;
        this.roles = roles;
    }

    @Override
    public UserView get(Actor actor, UserId id) {
        guard.require(actor, Permission.USER_READ, "user.read");
        return UserServiceSupport.view(roles, UserServiceSupport.load(users, id));
    }
}

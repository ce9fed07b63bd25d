package io.aegis.application.identity;

import io.aegis.application.identity.port.in.GetUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;

public record GetUserService(UseCaseRunner run, UserRepository users, RoleRepository roles) implements GetUserUseCase {

    @Override
    public UserView get(Actor actor, UserId id) {
        return run.read(actor, Permission.USER_READ, "user.read",
                () -> UserServiceSupport.view(roles, UserServiceSupport.load(users, id)));
    }
}

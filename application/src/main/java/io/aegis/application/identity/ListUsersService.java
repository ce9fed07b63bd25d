package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.ListUsersUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.UserReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListUsersService(UseCaseRunner run, UserReadModel readModel) implements ListUsersUseCase {

    @Override
    public Page<UserView> list(Actor actor, ListUsersQuery query) {
        return run.read(actor, Permission.USER_READ, "user.list", () -> readModel.list(query));
    }
}

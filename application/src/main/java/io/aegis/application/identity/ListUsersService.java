package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ListUsersQuery;
import io.aegis.application.identity.port.in.ListUsersUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.UserReadModel;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.Permission;

public final class ListUsersService implements ListUsersUseCase {

    private final AccessGuard guard;
    private final UserReadModel readModel;

    public ListUsersService(AccessGuard guard, UserReadModel readModel) {
        this.guard = guard;
        this.readModel = readModel;
    }

    @Override
    public Page<UserView> list(Actor actor, ListUsersQuery query) {
        guard.require(actor, Permission.USER_READ, "user.list");
        return readModel.list(query);
    }
}

package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.ListRolesUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleReadModel;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.Permission;

public final class ListRolesService implements ListRolesUseCase {

    private final AccessGuard guard;
    private final RoleReadModel readModel;

    public ListRolesService(AccessGuard guard, RoleReadModel readModel) {
        this.guard = guard;
        this.readModel = readModel;
    }

    @Override
    public Page<RoleView> list(Actor actor, ListRolesQuery query) {
        guard.require(actor, Permission.USER_READ, "role.list");
        return readModel.list(query);
    }
}

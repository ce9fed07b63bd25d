package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ListRolesQuery;
import io.aegis.application.identity.port.in.ListRolesUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleReadModel;
import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;

public record ListRolesService(UseCaseRunner run, RoleReadModel readModel) implements ListRolesUseCase {

    @Override
    public Page<RoleView> list(Actor actor, ListRolesQuery query) {
        return run.read(actor, Permission.USER_READ, "role.list", () -> readModel.list(query));
    }
}

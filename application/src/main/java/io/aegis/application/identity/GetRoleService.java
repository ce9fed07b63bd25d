package io.aegis.application.identity;

import io.aegis.application.identity.port.in.GetRoleUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;

public record GetRoleService(UseCaseRunner run, RoleRepository roles) implements GetRoleUseCase {

    @Override
    public RoleView get(Actor actor, RoleId id) {
        return run.read(actor, Permission.USER_READ, "role.read",
                () -> RoleView.of(RoleServiceSupport.load(roles, id)));
    }
}

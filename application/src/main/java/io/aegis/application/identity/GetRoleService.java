package io.aegis.application.identity;

import io.aegis.application.identity.port.in.GetRoleUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.RoleId;

public final class GetRoleService implements GetRoleUseCase {

    private final AccessGuard guard;
    private final RoleRepository roles;

    public GetRoleService(AccessGuard guard, RoleRepository roles) {
        this.guard = guard;
        this.roles = roles;
    }

    @Override
    public RoleView get(Actor actor, RoleId id) {
        guard.require(actor, Permission.USER_READ, "role.read");
        return RoleView.of(RoleServiceSupport.load(roles, id));
    }
}

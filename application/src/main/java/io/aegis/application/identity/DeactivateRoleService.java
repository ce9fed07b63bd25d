package io.aegis.application.identity;

import io.aegis.application.identity.port.in.DeactivateRoleUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;

public record DeactivateRoleService(UseCaseRunner run, RoleRepository roles, PermissionHolders holders)
        implements DeactivateRoleUseCase {

    @Override
    public void deactivate(Actor actor, RoleId id) {
        run.change(actor, Permission.USER_ADMIN, "role.deactivate", change -> {
            AdministratorGuard.Administrators others = AdministratorGuard.withoutGrantOf(holders, id);
            Role current = RoleServiceSupport.load(roles, id);
            if (current.active()) {
                Role deactivated = current.deactivate(change.now());
                others.allow(AdministratorGuard.grantsAdministration(current),
                        AdministratorGuard.grantsAdministration(deactivated));
                StaleVersionException.requireWritten(roles.update(deactivated, current.version()),
                        ExpectedVersion.ANY, RoleServiceSupport.RESOURCE, id);
                change.audit(RoleServiceSupport.RESOURCE, id.value(), RoleView.of(current), RoleView.of(deactivated));
            }
            return null;
        });
    }
}

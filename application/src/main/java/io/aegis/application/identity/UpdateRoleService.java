package io.aegis.application.identity;

import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.in.UpdateRoleCommand;
import io.aegis.application.identity.port.in.UpdateRoleUseCase;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import java.util.Optional;

public record UpdateRoleService(UseCaseRunner run, RoleRepository roles, PermissionHolders holders)
        implements UpdateRoleUseCase {

    @Override
    public RoleView update(Actor actor, UpdateRoleCommand command) {
        return run.change(actor, Permission.USER_ADMIN, "role.update", change -> {
            AdministratorGuard.Administrators others = AdministratorGuard.withoutGrantOf(holders, command.id());
            Role current = RoleServiceSupport.load(roles, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(),
                    RoleServiceSupport.RESOURCE, command.id());
            Role changed = current.revise(
                    command.name().orElse(current.name()),
                    command.description().orElse(current.description()),
                    command.permissions().orElse(current.permissions()),
                    command.active().orElse(current.active()),
                    change.now());
            others.allow(AdministratorGuard.grantsAdministration(current),
                    AdministratorGuard.grantsAdministration(changed));
            if (changed.isRenamedFrom(current)) {
                RoleServiceSupport.requireFree(roles, changed.name(), Optional.of(command.id()));
            }
            StaleVersionException.requireWritten(roles.update(changed, current.version()),
                    command.expectedVersion(), RoleServiceSupport.RESOURCE, command.id());
            RoleView after = RoleView.of(changed);
            change.audit(RoleServiceSupport.RESOURCE, after.id(), RoleView.of(current), after);
            return after;
        });
    }
}

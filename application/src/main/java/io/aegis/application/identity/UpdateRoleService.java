package io.aegis.application.identity;

import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.in.UpdateRoleCommand;
import io.aegis.application.identity.port.in.UpdateRoleUseCase;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateRoleService implements UpdateRoleUseCase {

    private final AccessGuard guard;
    private final RoleRepository roles;
    private final AdministratorGuard administrators;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UpdateRoleService(AccessGuard guard, RoleRepository roles, PermissionHolders holders,
                             Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.roles = roles;
        this.administrators = new AdministratorGuard(holders);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RoleView update(Actor actor, UpdateRoleCommand command) {
        guard.require(actor, Permission.USER_ADMIN, "role.update");
        return transactions.inTransaction(() -> {
            AdministratorGuard.Administrators others = administrators.withoutGrantOf(command.id());
            Role current = RoleServiceSupport.load(roles, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), RoleServiceSupport.RESOURCE,
                    command.id());
            Instant now = clock.instant();
            Role changed = current.revise(
                    command.name().orElse(current.name()),
                    command.description().orElse(current.description()),
                    command.permissions().orElse(current.permissions()),
                    command.active().orElse(current.active()),
                    now);
            others.allow(AdministratorGuard.grantsAdministration(current),
                    AdministratorGuard.grantsAdministration(changed));
            if (changed.isRenamedFrom(current)) {
                RoleServiceSupport.requireFree(roles, changed.name(), Optional.of(command.id()));
            }
            StaleVersionException.requireWritten(roles.update(changed, current.version()),
                    command.expectedVersion(), RoleServiceSupport.RESOURCE, command.id());
            RoleView after = RoleView.of(changed);
            audit.record(AuditEntry.success(actor, now, "role.update", RoleServiceSupport.RESOURCE, after.id(),
                    RoleView.of(current), after));
            return after;
        });
    }
}

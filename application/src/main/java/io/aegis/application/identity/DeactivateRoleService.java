package io.aegis.application.identity;

import io.aegis.application.identity.port.in.DeactivateRoleUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.RoleId;
import java.time.Clock;
import java.time.Instant;

public final class DeactivateRoleService implements DeactivateRoleUseCase {

    private final AccessGuard guard;
    private final RoleRepository roles;
    private final AdministratorGuard administrators;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeactivateRoleService(AccessGuard guard, RoleRepository roles, PermissionHolders holders,
                                 Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.roles = roles;
        this.administrators = new AdministratorGuard(holders);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deactivate(Actor actor, RoleId id) {
        guard.require(actor, Permission.USER_ADMIN, "role.deactivate");
        transactions.inTransaction(() -> {
            AdministratorGuard.Administrators others = administrators.withoutGrantOf(id);
            Role current = RoleServiceSupport.load(roles, id);
            if (!current.active()) {
                return null;
            }
            Instant now = clock.instant();
            Role deactivated = current.deactivate(now);
            others.allow(AdministratorGuard.grantsAdministration(current),
                    AdministratorGuard.grantsAdministration(deactivated));
            StaleVersionException.requireWritten(roles.update(deactivated, current.version()),
                    ExpectedVersion.ANY, RoleServiceSupport.RESOURCE, id);
            audit.record(AuditEntry.success(actor, now, "role.deactivate", RoleServiceSupport.RESOURCE, id.value(),
                    RoleView.of(current), RoleView.of(deactivated)));
            return null;
        });
    }
}

package io.aegis.application.identity;

import io.aegis.application.identity.port.in.CreateRoleCommand;
import io.aegis.application.identity.port.in.CreateRoleUseCase;
import io.aegis.application.identity.port.in.RoleView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateRoleService implements CreateRoleUseCase {

    private final AccessGuard guard;
    private final RoleRepository roles;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateRoleService(AccessGuard guard, RoleRepository roles,
                             Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.roles = roles;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RoleView create(Actor actor, CreateRoleCommand command) {
        guard.require(actor, Permission.USER_ADMIN, "role.create");
        return transactions.inTransaction(() -> {
            RoleServiceSupport.requireFree(roles, command.name(), Optional.empty());
            Instant now = clock.instant();
            Role created = roles.insert(Role.define(command.name(), command.description(), command.permissions(), now));
            RoleView view = RoleView.of(created);
            audit.record(AuditEntry.success(actor, now, "role.create", RoleServiceSupport.RESOURCE, view.id(), null,
                    view));
            return view;
        });
    }
}

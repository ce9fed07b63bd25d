package io.aegis.application.identity;

import io.aegis.application.identity.port.in.SetUserRolesCommand;
import io.aegis.application.identity.port.in.SetUserRolesUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.PermissionHolders;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class SetUserRolesService implements SetUserRolesUseCase {

    private final AccessGuard guard;
    private final UserRepository users;
    private final RoleRepository roles;
    private final AdministratorGuard administrators;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public SetUserRolesService(AccessGuard guard, UserRepository users, RoleRepository roles, PermissionHolders holders,
                               Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.users = users;
        this.roles = roles;
        this.administrators = new AdministratorGuard(holders);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserView setRoles(Actor actor, SetUserRolesCommand command) {
        guard.require(actor, Permission.USER_ADMIN, "user.set_roles");
        return transactions.inTransaction(() -> {
            AdministratorGuard.Administrators others = administrators.besides(command.user());
            User current = UserServiceSupport.load(users, command.user());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), UserServiceSupport.RESOURCE,
                    command.user());
            List<Role> assigned = UserServiceSupport.requireAssignable(roles, command.roles());
            List<Role> held = roles.rolesOf(command.user());
            others.allow(AdministratorGuard.administers(current, held), AdministratorGuard.administers(current, assigned));
            UserView before = UserView.of(current, held);
            Instant now = clock.instant();
            // the user's view lists their roles: a new set is a new version of the user
            User changed = current.recordRoleChange(now);
            StaleVersionException.requireWritten(users.update(changed, current.version()),
                    command.expectedVersion(), UserServiceSupport.RESOURCE, command.user());
            roles.assignRoles(command.user(), command.roles());
            UserView after = UserServiceSupport.view(roles, changed);
            audit.record(AuditEntry.success(actor, now, "user.set_roles", UserServiceSupport.RESOURCE, after.id(),
                    before, after));
            return after;
        });
    }
}

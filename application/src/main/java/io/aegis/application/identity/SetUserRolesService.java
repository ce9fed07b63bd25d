package io.aegis.application.identity;

import io.aegis.application.identity.port.in.SetUserRolesCommand;
import io.aegis.application.identity.port.in.SetUserRolesUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.User;
import java.time.Clock;
import java.time.Instant;

public final class SetUserRolesService implements SetUserRolesUseCase {

    private final AccessGuard guard;
    private final UserRepository users;
    private final RoleRepository roles;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public SetUserRolesService(AccessGuard guard, UserRepository users, RoleRepository roles, Transactions transactions,
                               AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.users = users;
        this.roles = roles;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserView setRoles(Actor actor, SetUserRolesCommand command) {
        guard.require(actor, Permission.USER_ADMIN, "user.set_roles");
        return transactions.inTransaction(() -> {
            User current = UserServiceSupport.load(users, command.user());
            if (command.expectedVersion().filter(expected -> !expected.equals(current.version())).isPresent()) {
                throw new StaleVersionException(UserServiceSupport.RESOURCE, command.user());
            }
            UserServiceSupport.requireAssignable(roles, command.roles());
            UserView before = UserServiceSupport.view(roles, current);
            Instant now = clock.instant();
            // the user's view lists their roles: a new set is a new version of the user
            User changed = current.recordRoleChange(now);
            if (!users.update(changed, current.version())) {
                throw new StaleVersionException(UserServiceSupport.RESOURCE, command.user());
            }
            roles.assignRoles(command.user(), command.roles());
            UserView after = UserServiceSupport.view(roles, changed);
            audit.record(AuditEntry.success(actor, now, "user.set_roles", UserServiceSupport.RESOURCE, after.id(),
                    before, after));
            return after;
        });
    }
}

package io.aegis.application.identity;

import io.aegis.application.identity.port.in.UpdateUserCommand;
import io.aegis.application.identity.port.in.UpdateUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
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
import java.util.Optional;

public final class UpdateUserService implements UpdateUserUseCase {

    private final AccessGuard guard;
    private final UserRepository users;
    private final UserCredentials credentials;
    private final RoleRepository roles;
    private final AdministratorGuard administrators;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UpdateUserService(AccessGuard guard, UserRepository users, AuthTokenRepository tokens,
                             ApiKeyRepository apiKeys, RoleRepository roles, PermissionHolders holders,
                             Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.users = users;
        this.credentials = new UserCredentials(tokens, apiKeys);
        this.roles = roles;
        this.administrators = new AdministratorGuard(holders);
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserView update(Actor actor, UpdateUserCommand command) {
        guard.require(actor, Permission.USER_ADMIN, "user.update");
        return transactions.inTransaction(() -> {
            AdministratorGuard.Administrators others = administrators.besides(command.id());
            User current = UserServiceSupport.load(users, command.id());
            StaleVersionException.requireCurrent(command.expectedVersion(), current.version(), UserServiceSupport.RESOURCE,
                    command.id());
            Instant now = clock.instant();
            User changed = current.revise(
                    command.username().orElse(current.username()),
                    command.email().orElse(current.email()),
                    command.profile().applyTo(current.profile()),
                    command.preferences().orElse(current.preferences()),
                    command.active().orElse(current.active()),
                    command.verified().orElse(current.verified()),
                    now);
            if (!changed.username().equals(current.username()) || !changed.email().equals(current.email())) {
                UserServiceSupport.requireFree(users, changed.username(), changed.email(), Optional.of(command.id()));
            }
            List<Role> assigned = roles.rolesOf(command.id());
            others.allow(AdministratorGuard.administers(current, assigned),
                    AdministratorGuard.administers(changed, assigned));
            StaleVersionException.requireWritten(users.update(changed, current.version()),
                    command.expectedVersion(), UserServiceSupport.RESOURCE, command.id());
            if (!changed.active()) {
                // a disabled account loses its sessions and keys now, and re-enabling it brings none of them back
                credentials.revokeAllOf(command.id(), now);
            }
            UserView after = UserView.of(changed, assigned);
            audit.record(AuditEntry.success(actor, now, "user.update", UserServiceSupport.RESOURCE, after.id(),
                    UserView.of(current, assigned), after));
            return after;
        });
    }
}

package io.aegis.application.identity;

import io.aegis.application.identity.port.in.DeactivateUserUseCase;
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
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class DeactivateUserService implements DeactivateUserUseCase {

    private final AccessGuard guard;
    private final UserRepository users;
    private final UserCredentials credentials;
    private final RoleRepository roles;
    private final AdministratorGuard administrators;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DeactivateUserService(AccessGuard guard, UserRepository users, AuthTokenRepository tokens,
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
    public void deactivate(Actor actor, UserId id) {
        guard.require(actor, Permission.USER_ADMIN, "user.deactivate");
        transactions.inTransaction(() -> {
            AdministratorGuard.Administrators others = administrators.besides(id);
            User current = UserServiceSupport.load(users, id);
            if (!current.active()) {
                return null;
            }
            Instant now = clock.instant();
            User deactivated = current.deactivate(now);
            List<Role> assigned = roles.rolesOf(id);
            others.allow(AdministratorGuard.administers(current, assigned),
                    AdministratorGuard.administers(deactivated, assigned));
            StaleVersionException.requireWritten(users.update(deactivated, current.version()),
                    ExpectedVersion.ANY, UserServiceSupport.RESOURCE, id);
            // a disabled account loses its sessions and keys now, and re-enabling it brings none of them back
            credentials.revokeAllOf(id, now);
            audit.record(AuditEntry.success(actor, now, "user.deactivate", UserServiceSupport.RESOURCE, id.value(),
                    UserView.of(current, assigned), UserView.of(deactivated, assigned)));
            return null;
        });
    }
}

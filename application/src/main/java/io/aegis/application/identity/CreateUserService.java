package io.aegis.application.identity;

import io.aegis.application.identity.port.in.CreateUserCommand;
import io.aegis.application.identity.port.in.CreateUserUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PasswordPolicy;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class CreateUserService implements CreateUserUseCase {

    private final AccessGuard guard;
    private final UserRepository users;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateUserService(AccessGuard guard, UserRepository users, RoleRepository roles, PasswordHasher hasher,
                             Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserView create(Actor actor, CreateUserCommand command) {
        guard.require(actor, Permission.USER_ADMIN, "user.create");
        PasswordPolicy.standard().requireAcceptable(command.password(), command.username(), command.email());
        // hashing is slow on purpose: done before the transaction, so no write lock waits for it
        PasswordHash hash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            UserServiceSupport.requireFree(users, command.username(), command.email(), Optional.empty());
            UserServiceSupport.requireAssignable(roles, command.roles());
            Instant now = clock.instant();
            User created = users.insert(User.define(command.username(), command.email(), hash, command.profile(),
                    command.preferences(), now));
            roles.assignRoles(created.id().orElseThrow(), command.roles());
            UserView view = UserServiceSupport.view(roles, created);
            audit.record(AuditEntry.success(actor, now, "user.create", UserServiceSupport.RESOURCE, view.id(), null,
                    view));
            return view;
        });
    }
}

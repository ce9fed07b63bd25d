package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ChangeOwnPasswordCommand;
import io.aegis.application.identity.port.in.ChangeOwnPasswordUseCase;
import io.aegis.application.identity.port.in.UserView;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Being signed in is the permission, and knowing the current password proves it is the user at the keyboard. */
public final class ChangeOwnPasswordService implements ChangeOwnPasswordUseCase {

    private final UserRepository users;
    private final AuthTokenRepository tokens;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ChangeOwnPasswordService(UserRepository users, AuthTokenRepository tokens, RoleRepository roles,
                                    PasswordHasher hasher, Transactions transactions, AuditTrail audit,
                                    Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.roles = roles;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void change(Actor actor, ChangeOwnPasswordCommand command) {
        User current = UserServiceSupport.actingUser(users, actor);
        boolean proven = current.passwordHash().map(hash -> hasher.matches(command.current(), hash)).orElse(false);
        if (!proven) {
            throw new RuleViolationException("wrong_password", "the current password is not correct");
        }
        command.replacement().requireDistinctFrom(current.username(), current.email());
        // both bcrypt runs happen outside the transaction, so no write lock waits for them; the version check
        // below refuses the change if the user was changed in the meantime
        PasswordHash hash = hasher.hash(command.replacement());
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            User changed = current.changePassword(hash, now);
            if (!users.update(changed, current.version())) {
                throw new StaleVersionException(UserServiceSupport.RESOURCE, current.id().orElseThrow());
            }
            UserId id = current.id().orElseThrow();
            // whoever knew the old password may hold a session: end all but the one that proved the change
            Sessions.tokenId(actor.origin().sessionId()).ifPresentOrElse(
                    kept -> tokens.revokeOthersOf(id, kept, now), () -> tokens.revokeAllOf(id, now));
            List<Role> assigned = roles.rolesOf(id);
            audit.record(AuditEntry.success(actor, now, "user.change_password", UserServiceSupport.RESOURCE,
                    id.value(), UserView.of(current, assigned), UserView.of(changed, assigned)));
            return null;
        });
    }
}

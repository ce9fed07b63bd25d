package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ResetPasswordUseCase;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.AccessGuard;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.Transactions;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PasswordPolicy;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.Username;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

public final class ResetPasswordService implements ResetPasswordUseCase {

    private final AccessGuard guard;
    private final UserRepository users;
    private final AuthTokenRepository tokens;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ResetPasswordService(AccessGuard guard, UserRepository users, AuthTokenRepository tokens,
                                PasswordHasher hasher, Transactions transactions, AuditTrail audit, Clock clock) {
        this.guard = guard;
        this.users = users;
        this.tokens = tokens;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void reset(Actor actor, Username username, PlainPassword newPassword) {
        guard.require(actor, Permission.USER_ADMIN, "user.reset_password");
        User user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username.value()));
        PasswordPolicy.standard().requireAcceptable(newPassword, user.username(), user.email());
        // hashing is slow on purpose: do it before the transaction holds any lock
        PasswordHash hash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            User current = users.findById(user.id().orElseThrow()).orElseThrow();
            Instant now = clock.instant();
            StaleVersionException.requireWritten(users.update(current.changePassword(hash, now), current.version()),
                    ExpectedVersion.ANY, "user", username.value());
            tokens.revokeAllOf(current.id().orElseThrow(), now);
            audit.record(AuditEntry.success(actor, now, "user.reset_password", "user",
                    current.id().orElseThrow().value(), null, Map.of("username", username.value())));
            return null;
        });
    }
}

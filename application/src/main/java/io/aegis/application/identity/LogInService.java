package io.aegis.application.identity;

import io.aegis.application.identity.port.in.LogInCommand;
import io.aegis.application.identity.port.in.LogInUseCase;
import io.aegis.application.identity.port.in.LoginView;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.LoginFailures;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.AuditTrail;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.TooManyAttemptsException;
import io.aegis.application.port.Transactions;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.LoginThrottle;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Exchanges a username and password for a login token. Every refusal looks the same from outside and
 * takes about as long: an unknown username is checked against a stand-in hash.
 */
public final class LogInService implements LogInUseCase {

    static final String ACTION = "auth.login";
    private static final String REFUSAL = "invalid username or password";

    private final UserRepository users;
    private final AuthTokenRepository tokens;
    private final PasswordChecks checks;
    private final SecureRandomness randomness;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration tokenLifetime;

    public LogInService(UserRepository users, PasswordHasher hasher, AuthTokenRepository tokens,
                        LoginFailures failures, SecureRandomness randomness, Transactions transactions,
                        AuditTrail audit, Clock clock, LoginThrottle throttle, Duration tokenLifetime) {
        this.users = users;
        this.tokens = tokens;
        this.checks = new PasswordChecks(hasher, failures, throttle, transactions);
        this.randomness = randomness;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    @Override
    public LoginView logIn(LogInCommand command) {
        Instant now = clock.instant();
        String username = command.username().strip().toLowerCase(Locale.ROOT);
        String address = command.origin().clientAddress();
        Actor claimant = new Actor(Optional.empty(), PasswordChecks.bounded(username), Set.of(), command.origin());

        reserveAttempt(claimant, username, address, now);
        Optional<User> user = findUser(username);
        if (!checks.matches(plausible(command.password()), user.flatMap(User::passwordHash))
                || !user.get().active()) {
            transactions.inTransaction(() -> auditFailure(claimant, now));
            throw new UnauthenticatedException(REFUSAL);
        }
        return transactions.inTransaction(() -> issueToken(user.get(), command.origin(), username, now));
    }

    /** Counts the attempt as a failure before the password is compared, or refuses it when the budget is spent. */
    private void reserveAttempt(Actor claimant, String username, String address, Instant now) {
        Optional<Duration> wait = checks.reserveAttempt(username, address, now);
        if (wait.isPresent()) {
            transactions.inTransaction(() -> {
                audit.record(new AuditEntry(claimant, now, ACTION, "user", null, null, new Attempt(claimant.name()),
                        AuditEntry.Outcome.DENIED, "throttled"));
                return null;
            });
            throw new TooManyAttemptsException(wait.get());
        }
    }

    private Optional<User> findUser(String username) {
        try {
            return users.findByUsername(new Username(username));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    /** The attempt was counted as a failure when it was reserved; only the audit entry is left to write. */
    private Object auditFailure(Actor claimant, Instant now) {
        audit.record(new AuditEntry(claimant, now, ACTION, "user", null, null, new Attempt(claimant.name()),
                AuditEntry.Outcome.FAILURE, REFUSAL));
        return null;
    }

    private LoginView issueToken(User user, RequestOrigin origin, String username, Instant now) {
        BearerSecret secret = BearerSecret.issue(CredentialKind.LOGIN_TOKEN,
                randomness.bytes(BearerSecret.RANDOM_BYTES));
        AuthToken token = tokens.insert(AuthToken.issue(user.id().orElseThrow(), secret.hash(), now, tokenLifetime),
                origin);
        // a concurrent edit of the user wins over the login stamp: the login itself stands
        users.update(user.recordLogin(now), user.version());
        checks.forgetFailures(username);
        long tokenId = token.id().orElseThrow();
        Actor actor = new Actor(Optional.of(user.id().orElseThrow().value()), user.username().value(), Set.of(),
                origin.withSession(Sessions.ofToken(tokenId)));
        audit.record(AuditEntry.success(actor, now, ACTION, "user", user.id().orElseThrow().value(), null,
                new Attempt(user.username().value())));
        return new LoginView(secret.reveal(), token.expiresAt());
    }

    private static Optional<PlainPassword> plausible(String raw) {
        try {
            return Optional.of(new PlainPassword(raw));
        } catch (InvalidValueException implausible) {
            return Optional.empty();
        }
    }

    /** What an audit row of a login attempt says: which username was tried. */
    record Attempt(String username) {
    }
}

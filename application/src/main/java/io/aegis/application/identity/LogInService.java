package io.aegis.application.identity;

import io.aegis.application.identity.port.in.LogInCommand;
import io.aegis.application.identity.port.in.LogInUseCase;
import io.aegis.application.identity.port.in.LoginView;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.Change;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.CredentialKind;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.Username;
import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Exchanges a username and password for a login token. Every refusal looks the same from outside and
 * takes about as long: an unknown username is checked against a stand-in hash.
 */
public record LogInService(UseCaseRunner run, UserRepository users, AuthTokenRepository tokens,
                           PasswordChecks checks, SecureRandomness randomness, SessionTimeouts timeouts)
        implements LogInUseCase {

    static final String ACTION = "auth.login";
    private static final String REFUSAL = "invalid username or password";

    @Override
    public LoginView logIn(LogInCommand command) {
        Instant now = run.now();
        String username = command.username().strip().toLowerCase(Locale.ROOT);
        Actor claimant = new Actor(Optional.empty(), PasswordChecks.bounded(username), Set.of(), command.origin());
        PasswordAttempt attempt = new PasswordAttempt(claimant, ACTION, now, username, null,
                new Attempt(claimant.name()));

        checks.reserveAttempt(attempt);
        Optional<User> user = findUser(username);
        if (!checks.matches(plausible(command.password()), user.flatMap(User::passwordHash))
                || !user.get().active()) {
            // the attempt was counted as a failure when it was reserved; only the audit entry is left to write
            checks.refuse(attempt, AuditEntry.Outcome.FAILURE, REFUSAL);
            throw new UnauthenticatedException(REFUSAL);
        }
        return run.inChange(claimant, ACTION,
                change -> issueToken(change, user.get(), command.origin(), username, now));
    }

    private Optional<User> findUser(String username) {
        try {
            return users.findByUsername(new Username(username));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    /** Stamped with the attempt's instant, as its budget and its refusals are, not with the transaction's. */
    private LoginView issueToken(Change change, User user, RequestOrigin origin, String username, Instant now) {
        BearerSecret secret = BearerSecret.issue(CredentialKind.LOGIN_TOKEN,
                randomness.bytes(BearerSecret.RANDOM_BYTES));
        AuthToken token = tokens.insert(AuthToken.issue(user.id().orElseThrow(), secret.hash(), now, timeouts),
                origin);
        // a concurrent edit of the user wins over the login stamp: the login itself stands
        users.update(user.recordLogin(now), user.version());
        checks.forgetFailures(username);
        long tokenId = token.id().orElseThrow();
        // the entry names the session just opened, which the claimant did not have yet
        Actor actor = new Actor(Optional.of(user.id().orElseThrow().value()), user.username().value(), Set.of(),
                origin.withSession(Sessions.ofToken(tokenId)));
        change.record(AuditEntry.success(actor, now, ACTION, "user", user.id().orElseThrow().value(), null, null,
                new Attempt(user.username().value())));
        return new LoginView(secret.reveal(), token.expiresAt(), user.mustChangePassword());
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

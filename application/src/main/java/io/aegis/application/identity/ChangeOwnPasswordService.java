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
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PasswordPolicy;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.List;

/**
 * Being signed in is the permission (a request made with an API key also needs {@code credential:manage}), and
 * knowing the current password proves it is the user at the keyboard.
 * A wrong current password is the same evidence as a wrong login password: it counts against the user's login
 * budget, so a stolen session cannot guess the password faster than the login could.
 */
public record ChangeOwnPasswordService(UseCaseRunner run, UserRepository users, AuthTokenRepository tokens,
                                       RoleRepository roles, PasswordHasher hasher, PasswordChecks checks)
        implements ChangeOwnPasswordUseCase {

    static final String ACTION = "user.change_password";
    private static final String WRONG = "the current password is not correct";

    @Override
    public void change(Actor actor, ChangeOwnPasswordCommand command) {
        CredentialGuard.require(run, actor, ACTION);
        User current = UserServiceSupport.actingUser(users, actor);
        prove(actor, current, command.current());
        PasswordPolicy.standard().requireAcceptable(command.replacement(), current.username(), current.email());
        if (current.mustChangePassword()
                && command.replacement().normalized().equals(command.current().normalized())) {
            // the current one was proven: the same again would keep the password someone else chose
            throw new InvalidValueException("password", "must differ from the password an administrator chose");
        }
        // both bcrypt runs happen outside the transaction, so no write lock waits for them; the transaction reloads
        // the user (it may run again) and refuses the change only if the password proven has changed meanwhile
        PasswordHash hash = hasher.hash(command.replacement());
        UserId id = current.id().orElseThrow();
        run.inChange(actor, ACTION, change -> {
            Instant now = change.now();
            User stored = users.findById(id).orElseThrow(() -> new NotFoundException(UserServiceSupport.RESOURCE, id));
            if (!stored.passwordHash().equals(current.passwordHash())) {
                throw new StaleVersionException(UserServiceSupport.RESOURCE, id);
            }
            User changed = stored.changePassword(hash, now);
            StaleVersionException.requireWritten(users.update(changed, stored.version()), ExpectedVersion.ANY,
                    UserServiceSupport.RESOURCE, id);
            // whoever knew the old password may hold a session: end all but the one that proved the change
            Sessions.tokenId(actor.origin().sessionId()).ifPresentOrElse(
                    kept -> tokens.revokeOthersOf(id, kept, now), () -> tokens.revokeAllOf(id, now));
            List<Role> assigned = roles.rolesOf(id);
            change.audit(UserServiceSupport.RESOURCE, id.value(), UserView.of(stored, assigned),
                    UserView.of(changed, assigned));
            return null;
        });
    }

    /**
     * Refused without a comparison while the user's (or the address's) failures are over the limit, as the login
     * is; otherwise the attempt counts as a failure before the comparison (a right password gives it back), and a
     * wrong password is audited in a transaction of its own, since the change is refused.
     */
    private void prove(Actor actor, User current, PlainPassword password) {
        PasswordAttempt attempt = new PasswordAttempt(actor, ACTION, run.now(), current.username().value(),
                current.id().orElseThrow().value(), null);
        checks.reserveAttempt(attempt);
        if (!checks.proves(attempt, password, current.passwordHash())) {
            checks.refuse(attempt, AuditEntry.Outcome.FAILURE, WRONG);
            throw new RuleViolationException("wrong_password", WRONG);
        }
    }
}

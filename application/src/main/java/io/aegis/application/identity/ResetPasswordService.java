package io.aegis.application.identity;

import io.aegis.application.identity.port.in.PasswordResetView;
import io.aegis.application.identity.port.in.ResetPasswordCommand;
import io.aegis.application.identity.port.in.ResetPasswordUseCase;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.SecureRandomness;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PasswordPolicy;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.util.Map;
import java.util.Optional;

/**
 * An administrator sets a user's password. The user must choose their own at their next sign-in: the one set here
 * is known to someone else. The audit entry says who reset whose password, never the password.
 */
public record ResetPasswordService(UseCaseRunner run, UserRepository users, AuthTokenRepository tokens,
                                   PasswordHasher hasher, SecureRandomness randomness) implements ResetPasswordUseCase {

    private static final String ACTION = "user.reset_password";

    @Override
    public PasswordResetView reset(Actor actor, ResetPasswordCommand command) {
        run.require(actor, Permission.USER_ADMIN, ACTION);
        User user = UserServiceSupport.load(users, command.user());
        Optional<String> generated = command.newPassword().isPresent() ? Optional.empty()
                : Optional.of(GeneratedPasswords.generate(randomness));
        PlainPassword password = command.newPassword().orElseGet(() -> new PlainPassword(generated.orElseThrow()));
        PasswordPolicy.standard().requireAcceptable(password, user.username(), user.email());
        // hashing is slow on purpose: do it before the transaction holds any lock
        PasswordHash hash = hasher.hash(password);
        UserId id = command.user();
        return run.inChange(actor, ACTION, change -> {
            User current = UserServiceSupport.load(users, id);
            StaleVersionException.requireWritten(users.update(current.resetPassword(hash, change.now()),
                    current.version()), ExpectedVersion.ANY, UserServiceSupport.RESOURCE, id);
            tokens.revokeAllOf(id, change.now());
            change.audit(UserServiceSupport.RESOURCE, id.value(), null, Map.of("username",
                    current.username().value(), "chosen_by", generated.isPresent() ? "aegis" : "administrator"));
            return new PasswordResetView(id.value(), current.username().value(), generated);
        });
    }
}

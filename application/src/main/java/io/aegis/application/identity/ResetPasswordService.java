package io.aegis.application.identity;

import io.aegis.application.identity.port.in.ResetPasswordUseCase;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PasswordPolicy;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.Username;
import java.util.Map;

public record ResetPasswordService(UseCaseRunner run, UserRepository users, AuthTokenRepository tokens,
                                   PasswordHasher hasher) implements ResetPasswordUseCase {

    private static final String ACTION = "user.reset_password";

    @Override
    public void reset(Actor actor, Username username, PlainPassword newPassword) {
        run.require(actor, Permission.USER_ADMIN, ACTION);
        User user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username.value()));
        PasswordPolicy.standard().requireAcceptable(newPassword, user.username(), user.email());
        // hashing is slow on purpose: do it before the transaction holds any lock
        PasswordHash hash = hasher.hash(newPassword);
        run.inChange(actor, ACTION, change -> {
            User current = users.findById(user.id().orElseThrow()).orElseThrow();
            StaleVersionException.requireWritten(
                    users.update(current.changePassword(hash, change.now()), current.version()),
                    ExpectedVersion.ANY, "user", username.value());
            tokens.revokeAllOf(current.id().orElseThrow(), change.now());
            change.audit("user", current.id().orElseThrow().value(), null, Map.of("username", username.value()));
            return null;
        });
    }
}

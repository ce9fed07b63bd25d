package io.aegis.application.identity;

import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.aegis.application.identity.port.in.CredentialUse;
import io.aegis.application.identity.port.in.PasswordChangeRequiredException;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.CredentialHolders.Held;
import io.aegis.application.identity.port.out.CredentialHolders;
import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns a presented credential into the acting user, checked on every request: a revoked or expired
 * credential, a user deactivated or a role taken away a moment ago, is refused at once, on every node. The
 * credential, its user and the user's grants are read in one query ({@link CredentialHolders}); nothing is cached.
 * A login session unused for {@code idleTimeout} is refused too; a request records its use about once a minute.
 */
public record AuthenticateService(UseCaseRunner run, CredentialHolders holders, AuthTokenRepository tokens,
                                  OrgUnitDirectory units, Duration idleTimeout) implements AuthenticateUseCase {

    @Override
    public Actor authenticate(String presentedCredential, RequestOrigin origin, CredentialUse use) {
        BearerSecret secret = BearerSecret.parse(presentedCredential).orElseThrow(AuthenticateService::refused);
        Instant now = run.now();
        return switch (secret.kind()) {
            case LOGIN_TOKEN -> {
                Held<AuthToken> held = valid(holders.ofToken(secret.hash()),
                        token -> token.isValidAt(now, idleTimeout));
                AuthToken token = held.credential();
                if (token.useWorthRecordingAt(now)) {
                    tokens.recordUse(token.id().orElseThrow(), now);
                }
                User user = held.user();
                if (user.mustChangePassword() && use != CredentialUse.PASSWORD_CHANGE) {
                    throw new PasswordChangeRequiredException("change your password first (POST /api/v1/me/password):"
                            + " an administrator chose the current one");
                }
                yield StoredActors.actor(user, StoredActors.permissionsOf(held.grants(), units),
                        origin.withSession(Sessions.ofToken(token.id().orElseThrow())));
            }
            case API_KEY -> {
                Held<ApiKey> held = valid(holders.ofApiKey(secret.hash()), key -> key.isValidAt(now));
                User user = held.user();
                if (user.mustChangePassword()) {
                    // a key made before a reset must not outlast it: the user proves the new password first
                    throw new PasswordChangeRequiredException("the key's user must change their password (sign in"
                            + " and POST /api/v1/me/password) before their API keys serve again");
                }
                ApiKey key = held.credential();
                yield StoredActors.actor(user, key.permissionsWithin(StoredActors.permissionsOf(held.grants(), units)),
                        origin.withSession(Sessions.ofApiKey(key.id().orElseThrow())));
            }
        };
    }

    /** The credential when it is valid now and its user active. */
    private static <C> Held<C> valid(Optional<Held<C>> held, Predicate<C> validNow) {
        return held.filter(h -> validNow.test(h.credential()) && h.user().active())
                .orElseThrow(AuthenticateService::refused);
    }

    private static UnauthenticatedException refused() {
        return new UnauthenticatedException("the credential is unknown, expired or revoked");
    }
}

package io.aegis.application.identity;

import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.aegis.application.identity.port.in.CredentialUse;
import io.aegis.application.identity.port.in.PasswordChangeRequiredException;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.OrgUnitDirectory;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.time.Instant;

/**
 * Turns a presented credential into the acting user, checked on every request: a revoked or expired
 * credential, or a user deactivated a moment ago, is refused at once, on every node.
 */
public record AuthenticateService(UseCaseRunner run, AuthTokenRepository tokens, ApiKeyRepository apiKeys,
                                  UserRepository users, RoleRepository roles,
                                  OrgUnitDirectory units) implements AuthenticateUseCase {

    @Override
    public Actor authenticate(String presentedCredential, RequestOrigin origin, CredentialUse use) {
        BearerSecret secret = BearerSecret.parse(presentedCredential).orElseThrow(AuthenticateService::refused);
        Instant now = run.now();
        return switch (secret.kind()) {
            case LOGIN_TOKEN -> {
                AuthToken token = tokens.findByHash(secret.hash()).filter(t -> t.isValidAt(now))
                        .orElseThrow(AuthenticateService::refused);
                User user = activeUser(token.userId());
                if (user.mustChangePassword() && use != CredentialUse.PASSWORD_CHANGE) {
                    throw new PasswordChangeRequiredException("change your password first (POST /api/v1/me/password):"
                            + " an administrator chose the current one");
                }
                yield StoredActors.actor(user, StoredActors.permissionsOf(roles, units, user),
                        origin.withSession(Sessions.ofToken(token.id().orElseThrow())));
            }
            case API_KEY -> {
                ApiKey key = apiKeys.findByHash(secret.hash()).filter(k -> k.isValidAt(now))
                        .orElseThrow(AuthenticateService::refused);
                User user = activeUser(key.userId());
                if (user.mustChangePassword()) {
                    // a key made before a reset must not outlast it: the user proves the new password first
                    throw new PasswordChangeRequiredException("the key's user must change their password (sign in"
                            + " and POST /api/v1/me/password) before their API keys serve again");
                }
                yield StoredActors.actor(user, key.permissionsWithin(StoredActors.permissionsOf(roles, units, user)),
                        origin.withSession(Sessions.ofApiKey(key.id().orElseThrow())));
            }
        };
    }

    private User activeUser(UserId id) {
        return users.findById(id).filter(User::active).orElseThrow(AuthenticateService::refused);
    }

    private static UnauthenticatedException refused() {
        return new UnauthenticatedException("the credential is unknown, expired or revoked");
    }
}

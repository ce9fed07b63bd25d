package io.aegis.application.identity;

import io.aegis.application.identity.port.in.AuthenticateUseCase;
import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.identity.port.out.RoleRepository;
import io.aegis.application.identity.port.out.UserRepository;
import io.aegis.application.port.Actor;
import io.aegis.application.port.RequestOrigin;
import io.aegis.application.port.UnauthenticatedException;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.BearerSecret;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.Role;
import io.aegis.domain.identity.User;
import io.aegis.domain.identity.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a presented credential into the acting user, checked on every request: a revoked or expired
 * credential, or a user deactivated a moment ago, is refused at once, on every node.
 */
public final class AuthenticateService implements AuthenticateUseCase {

    private final AuthTokenRepository tokens;
    private final ApiKeyRepository apiKeys;
    private final UserRepository users;
    private final RoleRepository roles;
    private final Clock clock;

    public AuthenticateService(AuthTokenRepository tokens, ApiKeyRepository apiKeys, UserRepository users,
                               RoleRepository roles, Clock clock) {
        this.tokens = tokens;
        this.apiKeys = apiKeys;
        this.users = users;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public Actor authenticate(String presentedCredential, RequestOrigin origin) {
        BearerSecret secret = BearerSecret.parse(presentedCredential).orElseThrow(AuthenticateService::refused);
        Instant now = clock.instant();
        return switch (secret.kind()) {
            case LOGIN_TOKEN -> {
                AuthToken token = tokens.findByHash(secret.hash()).filter(t -> t.isValidAt(now))
                        .orElseThrow(AuthenticateService::refused);
                User user = activeUser(token.userId());
                yield actor(user, permissionsOf(user), origin.withSession(Sessions.ofToken(token.id().orElseThrow())));
            }
            case API_KEY -> {
                ApiKey key = apiKeys.findByHash(secret.hash()).filter(k -> k.isValidAt(now))
                        .orElseThrow(AuthenticateService::refused);
                User user = activeUser(key.userId());
                yield actor(user, key.permissionsWithin(permissionsOf(user)),
                        origin.withSession(Sessions.ofApiKey(key.id().orElseThrow())));
            }
        };
    }

    private User activeUser(UserId id) {
        return users.findById(id).filter(User::active).orElseThrow(AuthenticateService::refused);
    }

    private Set<Permission> permissionsOf(User user) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        roles.rolesOf(user.id().orElseThrow()).stream().map(Role::permissions).forEach(permissions::addAll);
        return permissions;
    }

    private static Actor actor(User user, Set<Permission> permissions, RequestOrigin origin) {
        return new Actor(Optional.of(user.id().orElseThrow().value()), user.username().value(), permissions, origin);
    }

    private static UnauthenticatedException refused() {
        return new UnauthenticatedException("the credential is unknown, expired or revoked");
    }
}

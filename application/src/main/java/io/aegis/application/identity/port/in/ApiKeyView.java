package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.Permission;
import java.time.Instant;
import java.util.List;

/**
 * An API key as its owner sees it later: never the secret, only the first characters to recognise it.
 *
 * @param permissions the keys of the permissions it is narrowed to; null when it holds all of its user's
 */
public record ApiKeyView(long id, long userId, String name, String keyPrefix, List<String> permissions,
                         Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id().orElseThrow(), key.userId().value(), key.name(), key.displayPrefix(),
                key.scope().map(scope -> scope.stream().map(Permission::key).sorted().toList()).orElse(null),
                key.createdAt(), key.expiresAt().orElse(null), key.revokedAt().orElse(null));
    }
}

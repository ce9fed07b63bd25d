package io.aegis.application.identity.port.in;

import io.aegis.domain.identity.Permission;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * @param scope     the permissions the key is narrowed to; empty for the caller's: all of a signed-in user's, or
 *                  exactly those of the API key making the request
 * @param expiresAt when the key stops working; empty for never (until revoked)
 */
public record CreateApiKeyCommand(String name, Optional<Set<Permission>> scope, Optional<Instant> expiresAt) {

    public CreateApiKeyCommand {
        Objects.requireNonNull(name, "name");
        scope = scope.map(Set::copyOf);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}

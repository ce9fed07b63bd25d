package io.aegis.application.identity;

import io.aegis.application.identity.port.out.ApiKeyRepository;
import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.domain.identity.UserId;
import java.time.Instant;

/**
 * Every credential a user can present: login tokens and API keys. A disabled account loses all of them at once,
 * so that enabling it again gives its password back and nothing else.
 */
final class UserCredentials {

    private UserCredentials() {
    }

    static void revokeAllOf(AuthTokenRepository tokens, ApiKeyRepository apiKeys, UserId userId, Instant at) {
        tokens.revokeAllOf(userId, at);
        apiKeys.revokeAllOf(userId, at);
    }
}

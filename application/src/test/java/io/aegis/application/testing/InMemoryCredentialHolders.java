package io.aegis.application.testing;

import io.aegis.application.identity.port.out.CredentialHolders;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.SecretHash;
import java.util.Optional;

/** Credentials with their users and grants, joined from the in-memory stores as the database's one query joins them. */
public record InMemoryCredentialHolders(InMemoryAuthTokens tokens, InMemoryApiKeys apiKeys, InMemoryUsers users,
                                        InMemoryRoles roles) implements CredentialHolders {

    @Override
    public Optional<Held<AuthToken>> ofToken(SecretHash hash) {
        return tokens.findByHash(hash).flatMap(token -> users.findById(token.userId())
                .map(user -> new Held<>(token, user, roles.grantsOf(token.userId()))));
    }

    @Override
    public Optional<Held<ApiKey>> ofApiKey(SecretHash hash) {
        return apiKeys.findByHash(hash).flatMap(key -> users.findById(key.userId())
                .map(user -> new Held<>(key, user, roles.grantsOf(key.userId()))));
    }
}

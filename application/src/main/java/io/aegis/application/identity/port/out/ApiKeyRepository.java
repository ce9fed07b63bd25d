package io.aegis.application.identity.port.out;

import io.aegis.application.identity.port.in.ListApiKeysQuery;
import io.aegis.application.port.Page;
import io.aegis.domain.identity.ApiKey;
import io.aegis.domain.identity.SecretHash;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Optional;

public interface ApiKeyRepository {

    /** Stores a new key; returns it with its id. */
    ApiKey insert(ApiKey key);

    Optional<ApiKey> findById(long id);

    Optional<ApiKey> findByHash(SecretHash hash);

    /** One page of the user's keys, revoked ones included. */
    Page<ApiKey> ofUser(UserId userId, ListApiKeysQuery query);

    void revoke(long id, Instant at);

    /** Revokes every live key of the user: when the user is disabled, so that re-enabling brings none back. */
    void revokeAllOf(UserId userId, Instant at);
}

package io.aegis.application.identity.port.out;

import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.SecretHash;
import io.aegis.domain.identity.UserId;
import io.aegis.application.port.RequestOrigin;
import java.time.Instant;
import java.util.Optional;

public interface AuthTokenRepository {

    /** Stores a new token with where it was issued to; returns it with its id. */
    AuthToken insert(AuthToken token, RequestOrigin issuedTo);

    Optional<AuthToken> findByHash(SecretHash hash);

    void revoke(long tokenId, Instant at);

    /**
     * Records that the session served a request at {@code at}, unless a later use is recorded already. Best effort:
     * losing a race with another node recording the same session's use is no failure, the other use counts.
     */
    void recordUse(long tokenId, Instant at);

    /** Revokes every live token of the user: after a password change or when the user is disabled. */
    void revokeAllOf(UserId userId, Instant at);

    /**
     * Forgets the tokens, with the address and user agent they were issued to, that expired or were revoked before
     * {@code cutoff}: the retention of login records. A forgotten token is refused as an unknown one. @return how many
     */
    int forgetEndedBefore(Instant cutoff);

    /** Revokes every live token of the user but {@code keptTokenId}: the session that changed the password. */
    void revokeOthersOf(UserId userId, long keptTokenId, Instant at);
}

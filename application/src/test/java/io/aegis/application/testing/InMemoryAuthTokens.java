package io.aegis.application.testing;

import io.aegis.application.identity.port.out.AuthTokenRepository;
import io.aegis.application.port.RequestOrigin;
import io.aegis.domain.identity.AuthToken;
import io.aegis.domain.identity.SecretHash;
import io.aegis.domain.identity.SessionTimeouts;
import io.aegis.domain.identity.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryAuthTokens implements AuthTokenRepository {

    private final Map<Long, AuthToken> tokens = new TreeMap<>();
    private long lastId;

    @Override
    public synchronized AuthToken insert(AuthToken token, RequestOrigin issuedTo) {
        AuthToken stored = token.identifiedAs(++lastId);
        tokens.put(lastId, stored);
        return stored;
    }

    @Override
    public synchronized Optional<AuthToken> findByHash(SecretHash hash) {
        return tokens.values().stream().filter(token -> token.hash().equals(hash)).findFirst();
    }

    @Override
    public synchronized void revoke(long tokenId, Instant at) {
        tokens.computeIfPresent(tokenId, (id, token) -> token.revokedAt().isPresent() ? token
                : AuthToken.restore(id, token.userId(), token.hash(), token.issuedAt(), token.expiresAt(),
                        token.lastUsedAt(), at));
    }

    @Override
    public synchronized void recordUse(long tokenId, Instant at) {
        tokens.computeIfPresent(tokenId, (id, token) -> token.lastUsedAt().isBefore(at)
                ? AuthToken.restore(id, token.userId(), token.hash(), token.issuedAt(), token.expiresAt(), at,
                        token.revokedAt().orElse(null))
                : token);
    }

    @Override
    public synchronized void revokeAllOf(UserId userId, Instant at) {
        tokens.values().stream().filter(token -> token.userId().equals(userId)).toList()
                .forEach(token -> revoke(token.id().orElseThrow(), at));
    }

    @Override
    public synchronized void revokeOthersOf(UserId userId, long keptTokenId, Instant at) {
        tokens.values().stream().filter(token -> token.userId().equals(userId))
                .filter(token -> token.id().orElseThrow() != keptTokenId).toList()
                .forEach(token -> revoke(token.id().orElseThrow(), at));
    }

    @Override
    public synchronized int forgetEndedBefore(Instant cutoff) {
        int before = tokens.size();
        tokens.values().removeIf(token -> token.expiresAt().isBefore(cutoff)
                || token.revokedAt().filter(revoked -> revoked.isBefore(cutoff)).isPresent());
        return before - tokens.size();
    }

    public synchronized boolean isValid(long tokenId, Instant at) {
        return tokens.get(tokenId).isValidAt(at, SessionTimeouts.DEFAULT.idle());
    }

    /** Whether any token of the user would still be accepted at {@code at}. */
    public synchronized boolean anyValid(UserId userId, Instant at) {
        return tokens.values().stream()
                .anyMatch(token -> token.userId().equals(userId) && token.isValidAt(at, SessionTimeouts.DEFAULT.idle()));
    }
}

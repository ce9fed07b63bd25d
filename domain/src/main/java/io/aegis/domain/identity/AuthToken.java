package io.aegis.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A login session: valid from its issue until it expires or is revoked, whichever comes first. */
public final class AuthToken {

    private final Long id;
    private final UserId userId;
    private final SecretHash hash;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant revokedAt;

    private AuthToken(Long id, UserId userId, SecretHash hash, Instant issuedAt, Instant expiresAt,
                      Instant revokedAt) {
        this.id = id;
        this.userId = Objects.requireNonNull(userId, "userId");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.revokedAt = revokedAt;
    }

    public static AuthToken issue(UserId userId, SecretHash hash, Instant now, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token must live for some time, not " + lifetime);
        }
        return new AuthToken(null, userId, hash, now, now.plus(lifetime), null);
    }

    public static AuthToken restore(long id, UserId userId, SecretHash hash, Instant issuedAt, Instant expiresAt,
                                    Instant revokedAt) {
        return new AuthToken(id, userId, hash, issuedAt, expiresAt, revokedAt);
    }

    public AuthToken identifiedAs(long assignedId) {
        return new AuthToken(assignedId, userId, hash, issuedAt, expiresAt, revokedAt);
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public UserId userId() {
        return userId;
    }

    public SecretHash hash() {
        return hash;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}

package io.aegis.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A login session: valid from its issue until it expires, is revoked, or goes unused for longer than the idle
 * timeout ({@link SessionTimeouts}), whichever comes first.
 */
public final class AuthToken {

    /**
     * How stale the recorded last use may grow before a request records it again: recording every request would
     * make every read a write, and a minute's staleness ends an idle session at most a minute early.
     */
    public static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final Long id;
    private final UserId userId;
    private final SecretHash hash;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Instant lastUsedAt;
    private final Instant revokedAt;

    private AuthToken(Long id, UserId userId, SecretHash hash, Instant issuedAt, Instant expiresAt,
                      Instant lastUsedAt, Instant revokedAt) {
        this.id = id;
        this.userId = Objects.requireNonNull(userId, "userId");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        this.revokedAt = revokedAt;
    }

    public static AuthToken issue(UserId userId, SecretHash hash, Instant now, SessionTimeouts timeouts) {
        return new AuthToken(null, userId, hash, now, now.plus(timeouts.absolute()), now, null);
    }

    /** @param lastUsedAt when a request last recorded its use ({@link #USE_RECORDED_EVERY}) */
    public static AuthToken restore(long id, UserId userId, SecretHash hash, Instant issuedAt, Instant expiresAt,
                                    Instant lastUsedAt, Instant revokedAt) {
        return new AuthToken(id, userId, hash, issuedAt, expiresAt, lastUsedAt, revokedAt);
    }

    public AuthToken identifiedAs(long assignedId) {
        return new AuthToken(assignedId, userId, hash, issuedAt, expiresAt, lastUsedAt, revokedAt);
    }

    /** Neither revoked, nor expired, nor idle for {@code idle} or longer. */
    public boolean isValidAt(Instant now, Duration idle) {
        return revokedAt == null && now.isBefore(expiresAt) && now.isBefore(lastUsedAt.plus(idle));
    }

    /** Whether a request at {@code now} should record the session's use, keeping it from timing out idle. */
    public boolean useWorthRecordingAt(Instant now) {
        return !now.isBefore(lastUsedAt.plus(USE_RECORDED_EVERY));
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

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}

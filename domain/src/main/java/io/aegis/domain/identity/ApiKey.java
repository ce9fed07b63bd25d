package io.aegis.domain.identity;

import io.aegis.domain.shared.Names;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A long-lived credential for a machine, acting for the user who created it. It may be narrowed to some
 * of that user's permissions; it never grants more than the user holds at the time of each request.
 */
public final class ApiKey {

    public static final int MAX_NAME_LENGTH = 100;

    private final Long id;
    private final UserId userId;
    private final String name;
    private final String displayPrefix;
    private final SecretHash hash;
    private final Set<Permission> scope;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final Instant revokedAt;

    private ApiKey(Long id, UserId userId, String name, String displayPrefix, SecretHash hash,
                   Set<Permission> scope, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        this.id = id;
        this.userId = Objects.requireNonNull(userId, "userId");
        this.name = Names.require("name", name, MAX_NAME_LENGTH);
        this.displayPrefix = Objects.requireNonNull(displayPrefix, "displayPrefix");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.scope = scope == null ? null : Set.copyOf(scope);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
    }

    /**
     * A new key for {@code userId}.
     *
     * @param scope     the permissions the key is narrowed to (at least one); empty for all of the user's
     * @param holderHas what the user may do now: a key may not be scoped beyond it
     */
    public static ApiKey create(UserId userId, String name, BearerSecret secret, Optional<Set<Permission>> scope,
                                Set<Permission> holderHas, Optional<Instant> expiresAt, Instant now) {
        if (secret.kind() != CredentialKind.API_KEY) {
            throw new IllegalArgumentException("an API key needs an API-key secret");
        }
        scope.ifPresent(wanted -> {
            if (wanted.isEmpty()) {
                throw new RuleViolationException("empty_scope", "an API key without any permission could do nothing;"
                        + " name at least one, or leave the permissions out for all of the caller's");
            }
            Set<Permission> beyond = EnumSet.copyOf(wanted);
            beyond.removeAll(holderHas);
            if (!beyond.isEmpty()) {
                throw new RuleViolationException("scope_exceeds_holder",
                        "an API key cannot hold permissions its user lacks: " + keys(beyond));
            }
        });
        expiresAt.filter(expiry -> !expiry.isAfter(now)).ifPresent(expiry -> {
            throw new RuleViolationException("expiry_in_past", "an API key must expire in the future");
        });
        return new ApiKey(null, userId, name, secret.displayPrefix(), secret.hash(), scope.orElse(null), now,
                expiresAt.orElse(null), null);
    }

    public static ApiKey restore(long id, UserId userId, String name, String displayPrefix, SecretHash hash,
                                 Set<Permission> scope, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        return new ApiKey(id, userId, name, displayPrefix, hash, scope, createdAt, expiresAt, revokedAt);
    }

    public ApiKey identifiedAs(long assignedId) {
        return new ApiKey(assignedId, userId, name, displayPrefix, hash, scope, createdAt, expiresAt, revokedAt);
    }

    public ApiKey revoke(Instant now) {
        return revokedAt != null ? this
                : new ApiKey(id, userId, name, displayPrefix, hash, scope, createdAt, expiresAt, now);
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** What a request with this key may do, and where, given what its user may do right now. */
    public ScopedPermissions permissionsWithin(ScopedPermissions holderHas) {
        return scope == null ? holderHas : holderHas.narrowedTo(scope);
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public UserId userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String displayPrefix() {
        return displayPrefix;
    }

    public SecretHash hash() {
        return hash;
    }

    /** Empty when the key holds all of its user's permissions. */
    public Optional<Set<Permission>> scope() {
        return Optional.ofNullable(scope);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    private static String keys(Set<Permission> permissions) {
        return permissions.stream().map(Permission::key).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }
}

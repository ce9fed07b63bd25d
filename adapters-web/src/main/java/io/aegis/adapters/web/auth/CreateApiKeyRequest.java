package io.aegis.adapters.web.auth;

import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /api-keys}.
 *
 * @param permissions permission keys to narrow the key to (at least one); absent or null for all of the caller's
 * @param expiresAt   absent or null for a key that lives until revoked
 */
public record CreateApiKeyRequest(String name, List<String> permissions, Instant expiresAt) {
}

package io.aegis.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aegis.application.identity.port.in.ApiKeyView;
import java.time.Instant;
import java.util.List;

/** @param key the secret: present only in the answer to its creation */
public record ApiKeyResponse(long id, long userId, String name, String keyPrefix, List<String> permissions,
                             Instant createdAt, Instant expiresAt, Instant revokedAt,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String key) {

    static ApiKeyResponse of(ApiKeyView view, String secret) {
        return new ApiKeyResponse(view.id(), view.userId(), view.name(), view.keyPrefix(), view.permissions(),
                view.createdAt(), view.expiresAt(), view.revokedAt(), secret);
    }

    @Override
    public String toString() {
        return "ApiKeyResponse[id=" + id + ", name=" + name + ", key=" + (key == null ? "none" : "[redacted]") + "]";
    }
}

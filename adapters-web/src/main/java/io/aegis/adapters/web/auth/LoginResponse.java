package io.aegis.adapters.web.auth;

import java.time.Instant;

/**
 * @param passwordChangeRequired true when the token serves only {@code POST /me/password}, {@code GET /me} and
 *                               logging out until the user has chosen a new password
 */
public record LoginResponse(String token, Instant expiresAt, boolean passwordChangeRequired) {

    @Override
    public String toString() {
        return "LoginResponse[token=[redacted], expiresAt=" + expiresAt + ", passwordChangeRequired="
                + passwordChangeRequired + "]";
    }
}

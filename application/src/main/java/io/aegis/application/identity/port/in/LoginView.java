package io.aegis.application.identity.port.in;

import java.time.Instant;

/**
 * @param token                  the bearer token; shown once, never stored in clear
 * @param passwordChangeRequired whether the user must change their password before the token serves anything but
 *                               that, {@code GET /me} and logging out
 */
public record LoginView(String token, Instant expiresAt, boolean passwordChangeRequired) {

    @Override
    public String toString() {
        return "LoginView[token=[redacted], expiresAt=" + expiresAt + ", passwordChangeRequired="
                + passwordChangeRequired + "]";
    }
}

package io.aegis.application.identity.port.in;

import java.time.Instant;

/** @param token the bearer token; shown once, never stored in clear */
public record LoginView(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "LoginView[token=[redacted], expiresAt=" + expiresAt + "]";
    }
}

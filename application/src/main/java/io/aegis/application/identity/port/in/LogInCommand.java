package io.aegis.application.identity.port.in;

import io.aegis.application.port.RequestOrigin;
import java.util.Objects;

/**
 * Raw strings on purpose: a malformed username or a too-short password must fail exactly like a wrong
 * one, so that the answer reveals nothing about which accounts exist.
 */
public record LogInCommand(String username, String password, RequestOrigin origin) {

    public LogInCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return "LogInCommand[username=" + username + ", password=[redacted], origin=" + origin + "]";
    }
}

package io.aegis.application.identity.port.in;

import java.util.Optional;

/** @param generatedPassword the password Aegis chose, when the administrator chose none: shown this once only */
public record PasswordResetView(long userId, String username, Optional<String> generatedPassword) {

    @Override
    public String toString() {
        return "PasswordResetView[userId=" + userId + ", username=" + username + ", generatedPassword="
                + (generatedPassword.isPresent() ? "[redacted]" : "none") + "]";
    }
}

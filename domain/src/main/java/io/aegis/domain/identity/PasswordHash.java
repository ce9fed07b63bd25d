package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;

/** What is stored instead of a password (a bcrypt string); secret enough never to appear in logs. */
public record PasswordHash(String value) {

    public static final int MAX_LENGTH = 255;

    public PasswordHash {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException("hashed_password", "must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}

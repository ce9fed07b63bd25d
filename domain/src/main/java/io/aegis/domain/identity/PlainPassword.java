package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;

/**
 * A password as the user typed it, on its way to being hashed or checked; never stored, never shown.
 * At least 12 characters, and at most 72 bytes in UTF-8: bcrypt ignores everything after the 72nd byte,
 * so a longer password would be silently weaker than it looks.
 */
public record PlainPassword(String value) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_UTF8_BYTES = 72;

    public PlainPassword {
        if (value == null) {
            throw new InvalidValueException("password", "is required");
        }
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new InvalidValueException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw new InvalidValueException("password", "must be at most " + MAX_UTF8_BYTES
                    + " bytes in UTF-8 (bcrypt ignores the rest)");
        }
    }

    /**
     * The password policy's rule about the account itself: a password equal to the username or the email
     * address (ignoring case) is the first thing an attacker tries.
     */
    public void requireDistinctFrom(Username username, EmailAddress email) {
        if (value.equalsIgnoreCase(username.value()) || value.equalsIgnoreCase(email.value())) {
            throw new InvalidValueException("password", "may not be the username or the email address");
        }
    }

    @Override
    public String toString() {
        return "PlainPassword[redacted]";
    }
}

package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a user signs in with: 3 to 100 ASCII letters, digits, {@code .}, {@code _} or {@code -},
 * starting with a letter or digit. Stored lower-case, so that "Alice" and "alice" are one user on both
 * databases (SQLite's unique index compares exactly, MySQL's ignores case).
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 100;

    // checked before lower-casing: Unicode case mapping turns some non-ASCII letters (the Kelvin sign) into ASCII
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,99}");

    public Username {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("username", "must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters of letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        value = value.toLowerCase(Locale.ROOT);
    }
}

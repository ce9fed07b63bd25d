package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user's email address, in the shape the schema's {@code chk_email_format} accepts. Stored lower-case
 * so that uniqueness ignores case on both databases.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 255;

    /** The schema's regular expression, {@code ^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$}. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an email address like name@example.org, at most "
                    + MAX_LENGTH + " characters");
        }
        value = value.toLowerCase(Locale.ROOT);
    }
}

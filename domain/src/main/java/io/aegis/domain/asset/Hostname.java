package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Locale;

/**
 * An asset's DNS host name under RFC 1123: dot-separated labels of 1 to 63 letters, digits and hyphens, no
 * label starting or ending with a hyphen, at most 253 characters in all (the longest name DNS can carry).
 * Held lower-case and without the trailing dot of a fully qualified name, since DNS ignores both: equal names
 * then compare equal. Internationalised names are accepted in their ASCII ({@code xn--}) form.
 */
public record Hostname(String value) {

    public static final int MAX_LENGTH = 253;
    public static final int MAX_LABEL_LENGTH = 63;

    private static final String FIELD = "hostname";

    public Hostname {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(FIELD, "is required and may not be blank");
        }
        value = value.strip();
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException(FIELD, "must be 1 to " + MAX_LENGTH + " characters");
        }
        String[] labels = value.split("\\.", -1);
        for (String label : labels) {
            requireValidLabel(label);
        }
        // RFC 1123 2.1: the top label is never all digits, so a name can never be mistaken for an address.
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(FIELD, "may not end in an all-numeric label (is it an IP address?)");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    private static void requireValidLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
            throw new InvalidValueException(FIELD, "must have labels of 1 to " + MAX_LABEL_LENGTH + " characters");
        }
        if (!label.chars().allMatch(Hostname::isLetterDigitOrHyphen)) {
            throw new InvalidValueException(FIELD, "may only contain letters, digits, hyphens and dots");
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw new InvalidValueException(FIELD, "may not have a label starting or ending with a hyphen");
        }
    }

    private static boolean isLetterDigitOrHyphen(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }
}

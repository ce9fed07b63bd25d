package io.aegis.domain.framework;

import io.aegis.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;

/** The texts of frameworks and controls: trimmed, blank as absent, refused over their column's length. */
final class CatalogText {

    static final int MAX_LONG_TEXT_BYTES = 65_535;

    private CatalogText() {
    }

    /** @return the trimmed text, or null for null or blank */
    static String optional(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** A text stored as TEXT, whose limit MySQL counts in bytes: at most 65 535 of them in UTF-8. */
    static String longText(String field, String text) {
        String value = optional(field, text, Integer.MAX_VALUE);
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > MAX_LONG_TEXT_BYTES) {
            throw new InvalidValueException(field, "must be at most " + MAX_LONG_TEXT_BYTES + " bytes in UTF-8");
        }
        return value;
    }

    static String required(String field, String text, int maxLength) {
        String value = optional(field, text, maxLength);
        if (value == null) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return value;
    }
}

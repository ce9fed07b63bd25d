package io.aegis.domain.assessment;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Names;

/**
 * The bounds of an assessment's optional texts, as for a risk's: absent and blank are both stored as null, lines
 * fit their VARCHAR column, TEXT columns are bounded too (SQLite enforces no length, MySQL's TEXT ends at 64 KB).
 */
final class AssessmentText {

    static final int MAX_TEXT_LENGTH = 10_000;

    private AssessmentText() {
    }

    /** @return the stripped line, or null for null or blank */
    static String line(String field, String raw, int maxLength) {
        return raw == null || raw.isBlank() ? null : Names.require(field, raw, maxLength);
    }

    /** @return the stripped text, or null for null or blank */
    static String text(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }
}

package io.aegis.domain.shared;

/**
 * The bounds of a record's optional texts (a risk's, an assessment's). Absent and blank mean the same (nothing to
 * say), so both are stored as null. Short columns ({@code VARCHAR}) are single lines; {@code TEXT} columns may hold
 * line breaks but are bounded too (SQLite enforces no length, and MySQL's TEXT ends at 64 KB).
 */
public final class OptionalTexts {

    /** The bound of every TEXT column of such a record; a narrative longer than this is not read. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private OptionalTexts() {
    }

    /** @return the stripped line, or null for null or blank */
    public static String line(String field, String raw, int maxLength) {
        return raw == null || raw.isBlank() ? null : Names.require(field, raw, maxLength);
    }

    /** @return the stripped text, or null for null or blank */
    public static String text(String field, String raw) {
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

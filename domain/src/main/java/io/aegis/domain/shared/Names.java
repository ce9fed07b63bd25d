package io.aegis.domain.shared;

/** The rule every human-given name follows: trimmed, not blank, bounded, printable. */
public final class Names {

    private Names() {
    }

    /**
     * @return {@code raw} without surrounding white space
     * @throws InvalidValueException when it is missing, blank, longer than {@code maxLength} or holds a
     *                               control character
     */
    public static String require(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(field, "is required and may not be blank");
        }
        String trimmed = raw.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "may not contain control characters");
        }
        return trimmed;
    }
}

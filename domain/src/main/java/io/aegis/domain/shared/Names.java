package io.aegis.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The rule every human-given name follows: composed (NFC), trimmed, not blank, bounded, printable. NFC and
 * trimming make a name typed, pasted or decomposed differently ({@code é} as one character or as {@code e} and
 * a combining accent) the same text before anything compares or stores it.
 */
public final class Names {

    private Names() {
    }

    /**
     * @return {@code raw} in NFC without surrounding white space
     * @throws InvalidValueException when it is missing, blank, longer than {@code maxLength} or holds a
     *                               control character
     */
    public static String require(String field, String raw, int maxLength) {
        String name = raw == null ? "" : normalise(raw);
        if (name.isEmpty()) {
            throw new InvalidValueException(field, "is required and may not be blank");
        }
        if (name.codePointCount(0, name.length()) > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "may not contain control characters");
        }
        return name;
    }

    /**
     * The form in which two names are one, for names unique ignoring case: normalised, then lower-cased by
     * Unicode's rules for no language in particular. Only letter case is ignored: {@code é} and {@code e},
     * {@code ß} and {@code ss} stay different names. Stored beside the name, so that both databases compare
     * it the same way (byte by byte) instead of each by its own collation.
     */
    public static String key(String name) {
        return Normalizer.normalize(normalise(name).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** NFC, then without leading and trailing white space, no-break spaces included (String.strip keeps those). */
    private static String normalise(String raw) {
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int start = 0;
        int end = composed.length();
        while (start < end && isSpace(composed.codePointAt(start))) {
            start += Character.charCount(composed.codePointAt(start));
        }
        while (end > start && isSpace(composed.codePointBefore(end))) {
            end -= Character.charCount(composed.codePointBefore(end));
        }
        return composed.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}

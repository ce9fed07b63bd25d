package io.aegis.domain.shared;

import java.util.List;
import java.util.Map;

/**
 * JSON's backslash-u escapes can spell half of a surrogate pair, which is no character at all: the database
 * drivers would store it as {@code ?}. Every parsed JSON value (a request body, a JSON cell of a CSV import)
 * passes here before binding, so no text field has to think of it.
 */
public final class WellFormedText {

    private WellFormedText() {
    }

    /**
     * @param path  the field {@code value} was sent as, named as in the API's other field errors
     * @param value a parsed JSON value: null, a String, a number, a Boolean, a List or a Map of them
     * @throws InvalidValueException naming the first text in {@code value} that holds an unpaired surrogate
     */
    public static void require(String path, Object value) {
        if (value instanceof String text && !wellFormed(text)) {
            throw new InvalidValueException(path, "must be Unicode text; it holds an unpaired surrogate");
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                require(path + ".[" + i + "]", list.get(i));
            }
        }
        // member names need no check: JSON parsers refuse a broken surrogate pair in a name itself
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, member) -> require(path.isEmpty() ? name.toString() : path + "." + name, member));
        }
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

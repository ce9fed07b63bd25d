package io.aegis.adapters.web.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.domain.shared.InvalidValueException;

/**
 * JSON's backslash-u escapes can spell half of a surrogate pair, which is no character at all: the database
 * drivers would store it as {@code ?}. Every JSON value the API reads passes here first, so no text field
 * has to think of it.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /**
     * @param path the field {@code value} was sent as, named as in the API's other field errors
     * @throws InvalidValueException naming the first text in {@code value} that holds an unpaired surrogate
     */
    public static void requireWellFormed(String path, JsonNode value) {
        if (value.isTextual() && !wellFormed(value.textValue())) {
            throw new InvalidValueException(path, "must be Unicode text; it holds an unpaired surrogate");
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                requireWellFormed(path + ".[" + i + "]", value.get(i));
            }
        }
        // member names need no check: Jackson's parser refuses a broken surrogate pair in a name itself
        value.fields().forEachRemaining(member -> requireWellFormed(
                path.isEmpty() ? member.getKey() : path + "." + member.getKey(), member.getValue()));
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

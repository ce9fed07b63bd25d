package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;

/**
 * A user's UI preferences as the JSON object text clients send (theme, language, page sizes...). Aegis does
 * not interpret them. The domain only bounds them and checks they look like an object; the adapter that
 * builds them from a request parses them as JSON first, so stored preferences are always well-formed.
 */
public record Preferences(String json) {

    public static final int MAX_LENGTH = 10_000;

    public Preferences {
        if (json == null) {
            throw new InvalidValueException("preferences", "may not be null here");
        }
        json = json.strip();
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new InvalidValueException("preferences", "must be a JSON object");
        }
        if (json.length() > MAX_LENGTH) {
            throw new InvalidValueException("preferences", "must be at most " + MAX_LENGTH + " characters of JSON");
        }
    }
}

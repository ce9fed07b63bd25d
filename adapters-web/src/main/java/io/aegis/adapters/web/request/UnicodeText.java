package io.aegis.adapters.web.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.aegis.adapters.web.Json;
import io.aegis.domain.shared.WellFormedText;

/** Every JSON value the API reads passes here first ({@link WellFormedText}), so no text field has to think of it. */
public final class UnicodeText {

    private UnicodeText() {
    }

    /**
     * @param path the field {@code value} was sent as, named as in the API's other field errors
     * @throws io.aegis.domain.shared.InvalidValueException naming the first text in {@code value} that holds an
     *                                                      unpaired surrogate
     */
    public static void requireWellFormed(String path, JsonNode value) {
        WellFormedText.require(path, Json.mapper().convertValue(value, Object.class));
    }
}

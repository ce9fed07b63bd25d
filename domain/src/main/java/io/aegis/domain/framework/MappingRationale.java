package io.aegis.domain.framework;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Optional;

/** Why two controls are mapped as they are, in words: the seed's {@code mapping_rationale} (TEXT). */
public record MappingRationale(String value) {

    public MappingRationale {
        value = CatalogText.longText("mapping_rationale", value);
        if (value == null) {
            throw new InvalidValueException("mapping_rationale", "must not be blank");
        }
    }

    /** The rationale of a text that may be absent or blank (a file's empty cell). */
    public static Optional<MappingRationale> ofNullable(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(new MappingRationale(text));
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Optional;

/**
 * What someone wrote about a risk's governance: a review's note, an acceptance's rationale, a decision's note.
 * Trimmed; bounded by the column's room so that one note cannot exhaust memory or pages.
 */
public record RiskNote(String value) {

    public static final int MAX_LENGTH = 10_000;

    public RiskNote {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a note holds text; an absent one is Optional.empty()");
        }
    }

    /** The note sent as {@code field}; absent when null or blank. */
    public static Optional<RiskNote> optional(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.of(new RiskNote(text));
    }

    /** The note sent as {@code field}, which may not be absent or blank. */
    public static RiskNote required(String field, String raw) {
        return optional(field, raw).orElseThrow(() -> new InvalidValueException(field, "is required"));
    }
}

package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * The effect a control is linked to a risk with: planned or claimed, which factor it lowers, and an optional note
 * (stripped, at most {@link #MAX_NOTES_LENGTH} characters: the column's room).
 */
public record ControlTreatment(TreatmentState state, ControlReduction reduces, Optional<String> notes) {

    public static final int MAX_NOTES_LENGTH = 2_000;

    public ControlTreatment {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reduces, "reduces");
        Objects.requireNonNull(notes, "notes");
    }

    /** The treatment as sent; blank notes are none. */
    public static ControlTreatment of(TreatmentState state, ControlReduction reduces, String rawNotes) {
        if (rawNotes == null || rawNotes.isBlank()) {
            return new ControlTreatment(state, reduces, Optional.empty());
        }
        String notes = rawNotes.strip();
        if (notes.length() > MAX_NOTES_LENGTH) {
            throw new InvalidValueException("notes", "must be at most " + MAX_NOTES_LENGTH + " characters");
        }
        return new ControlTreatment(state, reduces, Optional.of(notes));
    }

    /** Whether the risk's residual rating relies on the control. */
    public boolean claimed() {
        return state == TreatmentState.CLAIMED;
    }
}

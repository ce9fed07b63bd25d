package io.aegis.domain.framework;

import java.util.List;
import java.util.Objects;

/**
 * What an import does to one control, by its label.
 *
 * @param fields the fields that differ from the stored control (empty for added and unchanged ones)
 * @param after  the control's definition once the catalog is imported
 */
public record ControlChange(ControlLabel label, Kind kind, List<String> fields, ControlDefinition after) {

    public enum Kind {
        /** new in this catalog */
        ADDED,
        /** stored, and different in this catalog */
        CHANGED,
        /** stored active, and withdrawn in this catalog or absent from it (kept, inactive) */
        WITHDRAWN,
        /** stored as this catalog has it (a control absent from it and already withdrawn too) */
        UNCHANGED
    }

    public ControlChange {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        Objects.requireNonNull(after, "after");
    }
}

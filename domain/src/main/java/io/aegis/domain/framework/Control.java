package io.aegis.domain.framework;

import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A control (or a group of controls) of one framework, at its place in the catalog. Its content changes only
 * through an import of the framework's catalog; a control is never removed, only withdrawn (inactive).
 */
public final class Control implements Versioned {

    private final ControlId id;
    private final FrameworkId framework;
    private final ControlDefinition definition;
    private final int position;
    private final Revision revision;

    private Control(ControlId id, FrameworkId framework, ControlDefinition definition, int position,
                    Revision revision) {
        this.id = id;
        this.framework = Objects.requireNonNull(framework, "framework");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.position = position;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** A control a catalog adds at {@code position}; it has no id until it is stored. */
    public static Control add(FrameworkId framework, ControlDefinition definition, int position, Instant now) {
        return new Control(null, framework, definition, position, Revision.first(now));
    }

    public static Control restore(ControlId id, FrameworkId framework, ControlDefinition definition, int position,
                                  Instant createdAt, Instant updatedAt) {
        return new Control(Objects.requireNonNull(id, "id"), framework, definition, position,
                Revision.stored(createdAt, updatedAt));
    }

    public Control identifiedAs(ControlId assignedId) {
        return new Control(Objects.requireNonNull(assignedId), framework, definition, position, revision);
    }

    /** The control as a newer catalog has it; the same one when neither its content nor its place changed. */
    public Control revise(ControlDefinition newDefinition, int newPosition, Instant now) {
        if (newDefinition.equals(definition) && newPosition == position) {
            return this;
        }
        return new Control(id, framework, newDefinition, newPosition, revision.next(now));
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<ControlId> id() {
        return Optional.ofNullable(id);
    }

    public FrameworkId framework() {
        return framework;
    }

    public ControlDefinition definition() {
        return definition;
    }

    public ControlLabel label() {
        return definition.label();
    }

    /** The control's place in its catalog's order. */
    public int position() {
        return position;
    }
}

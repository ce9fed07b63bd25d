package io.aegis.domain.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored mapping as a walk sees it: "source relationship target", with how sure and how strong it is.
 *
 * @param id the mapping's id, which a path names
 */
public record MappingLink(long id, ControlId source, ControlId target, MappingRelationship relationship,
                          Optional<MappingConfidence> confidence, Optional<MappingStrength> strength) {

    public MappingLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(strength, "strength");
    }

    /** The step this mapping makes away from {@code from}, one of its ends: read backwards, it is its inverse. */
    MappingPath.Step stepFrom(ControlId from) {
        return from.equals(source) ? new MappingPath.Step(id, source, target, relationship)
                : new MappingPath.Step(id, target, source, relationship.inverse());
    }
}

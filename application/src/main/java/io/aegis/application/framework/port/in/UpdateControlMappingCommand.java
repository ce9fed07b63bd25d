package io.aegis.application.framework.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.application.port.Patch;
import io.aegis.domain.framework.ControlMappingId;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.framework.MappingTerms;
import java.util.Objects;

/** A mapping's new terms; its two controls never change (other controls are another mapping). */
public record UpdateControlMappingCommand(ControlMappingId id, ExpectedVersion expectedVersion,
                                          Patch<MappingRelationship> relationship, Patch<MappingRationale> rationale,
                                          Patch<MappingConfidence> confidence, Patch<MappingStrength> strength) {

    public UpdateControlMappingCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(strength, "strength");
    }

    /** {@code current} with the fields this command sets. */
    public MappingTerms apply(MappingTerms current) {
        return new MappingTerms(relationship.orElse(current.relationship()), rationale.orElse(current.rationale()),
                confidence.orElse(current.confidence()), strength.orElse(current.strength()));
    }
}

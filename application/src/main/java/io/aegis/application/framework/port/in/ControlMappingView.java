package io.aegis.application.framework.port.in;

import io.aegis.domain.framework.ControlMapping;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.identity.UserId;
import java.time.Instant;

/**
 * A mapping as clients see it: every seed column, its strength and version, and both controls with their frameworks
 * (null in a view made from the mapping alone: an audit entry's).
 *
 * @param mappingType the relationship, read "source mapping_type target"
 */
public record ControlMappingView(long id, long sourceControlId, long targetControlId, String mappingType,
                                 String mappingRationale, String confidenceLevel, Integer strength, Long createdBy,
                                 Instant createdAt, Instant updatedAt, MappedControl source, MappedControl target) {

    public static ControlMappingView of(ControlMapping mapping) {
        var terms = mapping.terms();
        return new ControlMappingView(mapping.id().orElseThrow().value(), mapping.source().value(),
                mapping.target().value(), terms.relationship().key(),
                terms.rationale().map(MappingRationale::value).orElse(null),
                terms.confidence().map(MappingConfidence::key).orElse(null),
                terms.strength().map(MappingStrength::value).orElse(null),
                mapping.createdBy().map(UserId::value).orElse(null), mapping.createdAt(), mapping.updatedAt(), null,
                null);
    }

    /** What optimistic concurrency compares, as for every versioned resource. */
    public Instant version() {
        return updatedAt;
    }
}

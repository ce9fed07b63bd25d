package io.aegis.domain.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * What a mapping says of its two controls, read "source RELATIONSHIP target": what may change once it is recorded
 * (its ends never do; other ends are another mapping).
 */
public record MappingTerms(MappingRelationship relationship, Optional<MappingRationale> rationale,
                           Optional<MappingConfidence> confidence, Optional<MappingStrength> strength) {

    public MappingTerms {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(strength, "strength");
    }

    /** Only the relationship: what an untyped crosswalk row says. */
    public static MappingTerms of(MappingRelationship relationship) {
        return new MappingTerms(relationship, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same terms read from the other end: "B superset_of A" for "A subset_of B". */
    public MappingTerms inverse() {
        return new MappingTerms(relationship.inverse(), rationale, confidence, strength);
    }

    /**
     * These terms with what {@code other} says in their place; what it leaves out (an empty rationale, confidence
     * or strength) is kept. How a file updates a mapping recorded earlier.
     */
    public MappingTerms updatedBy(MappingTerms other) {
        return new MappingTerms(other.relationship, other.rationale.or(() -> rationale),
                other.confidence.or(() -> confidence), other.strength.or(() -> strength));
    }
}

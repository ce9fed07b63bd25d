package io.aegis.domain.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a control reaches another through mappings, and what the path says: the relationship its steps compose to,
 * the coverage that gives, and how sure and how strong it is (its weakest step's, unknown when a step does not say).
 *
 * @param steps from the walk's start to {@link #target()}, each read in the walk's direction
 */
public record MappingPath(List<Step> steps, MappingRelationship relationship, Optional<MappingConfidence> confidence,
                          Optional<MappingStrength> strength) {

    /**
     * One mapping crossed from {@code from} to {@code to}; {@code relationship} reads "from relationship to" (the
     * stored one, or its inverse when the mapping was crossed from its target).
     */
    public record Step(long mappingId, ControlId from, ControlId to, MappingRelationship relationship) {

        public Step {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(relationship, "relationship");
        }
    }

    public MappingPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a path crosses at least one mapping");
        }
    }

    /** The path of one mapping, crossed away from {@code from}. */
    static MappingPath of(MappingLink link, ControlId from) {
        Step step = link.stepFrom(from);
        return new MappingPath(List.of(step), step.relationship(), link.confidence(), link.strength());
    }

    /** This path, then {@code link} crossed away from where this path ends. */
    MappingPath then(MappingLink link) {
        Step step = link.stepFrom(target());
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new MappingPath(longer, relationship.then(step.relationship()),
                confidence.flatMap(mine -> link.confidence().map(mine::weakest)),
                strength.flatMap(mine -> link.strength().map(mine::weakest)));
    }

    public ControlId target() {
        return steps.get(steps.size() - 1).to();
    }

    public Coverage coverage() {
        return relationship.coverage();
    }

    public int length() {
        return steps.size();
    }
}

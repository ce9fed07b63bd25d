package io.aegis.domain.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * How many controls of an assessment are evaluated alike: what the score needs, so that it is computed from counts
 * (grouped in SQL over 1,000 controls) rather than from every evaluation.
 */
public record EvaluationTally(ImplementationStatus status, Optional<Effectiveness> effectiveness, long controls) {

    public EvaluationTally {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveness, "effectiveness");
        if (controls < 0) {
            throw new IllegalArgumentException("a count of controls is never negative");
        }
    }
}

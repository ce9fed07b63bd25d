package io.aegis.domain.compliance;

import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import io.aegis.domain.framework.Coverage;
import io.aegis.domain.framework.MappingPath;
import java.util.Objects;
import java.util.Optional;

/**
 * One control's place in a posture: its status, and what says so.
 *
 * @param evidence what the status rests on: the control's own evaluation (direct), or the evaluation of the control
 *                 at the end of {@code path} (inferred); empty when nothing says (not assessed)
 * @param path     for an inferred status, the mappings from this control to the assessed one
 * @param coverage for an inferred status, how much of this control the assessed one's implementation meets
 */
public record ControlPosture(ControlId control, ImplementationStatus status, PostureSource source,
                            Optional<EvaluatedControl> evidence, Optional<MappingPath> path, Optional<Coverage> coverage) {

    public ControlPosture {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(coverage, "coverage");
        if ((source == PostureSource.INFERRED) != path.isPresent() || path.isPresent() != coverage.isPresent()
                || (source == PostureSource.NONE) == evidence.isPresent()) {
            throw new IllegalArgumentException("an inferred status has a path and a coverage, only it; "
                    + "every status but none has its evidence");
        }
    }

    static ControlPosture direct(EvaluatedControl evidence) {
        return new ControlPosture(evidence.control(), evidence.status(), PostureSource.DIRECT, Optional.of(evidence),
                Optional.empty(), Optional.empty());
    }

    static ControlPosture notAssessed(ControlId control) {
        return new ControlPosture(control, ImplementationStatus.NOT_ASSESSED, PostureSource.NONE, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The effectiveness the score weighs: the evaluation's, carried along a path as its status is. */
    public Optional<Effectiveness> effectiveness() {
        return evidence.flatMap(EvaluatedControl::effectiveness);
    }
}

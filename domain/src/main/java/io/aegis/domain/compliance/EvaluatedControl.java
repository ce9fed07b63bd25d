package io.aegis.domain.compliance;

import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.Effectiveness;
import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.framework.ControlId;
import java.util.Objects;
import java.util.Optional;

/** What a completed assessment found of one control: the material a posture is made of. */
public record EvaluatedControl(AssessmentId assessment, ControlId control, ImplementationStatus status,
                       Optional<Effectiveness> effectiveness) {

    public EvaluatedControl {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveness, "effectiveness");
    }

    /** Whether it says anything of its control: not assessed does not. */
    boolean tellsStatus() {
        return status != ImplementationStatus.NOT_ASSESSED;
    }

    /**
     * Whether it says how far the control is implemented: not assessed says nothing, and not applicable is a
     * decision about the assessed framework's scope, which another framework's control does not share.
     */
    boolean tellsImplementation() {
        return status.assessed();
    }
}

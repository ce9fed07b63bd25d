package io.aegis.application.assessment.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.ControlEvaluation;
import io.aegis.domain.framework.ControlId;
import java.util.Objects;

/**
 * A control's evaluation, replacing the one it had. Without a tester or a test date, the evaluation is the actor's,
 * made now.
 */
public record EvaluateControlCommand(AssessmentId assessment, ControlId control, ExpectedVersion expected,
                                     ControlEvaluation evaluation) {

    public EvaluateControlCommand {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}

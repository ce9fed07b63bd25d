package io.aegis.application.assessment.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.assessment.AssessmentStatus;
import java.util.Objects;

public record TransitionAssessmentCommand(AssessmentId id, ExpectedVersion expected, AssessmentStatus to) {

    public TransitionAssessmentCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(to, "to");
    }
}

package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.assessment.AssessmentId;
import io.aegis.domain.framework.ControlId;

public interface GetEvaluationUseCase {

    EvaluationView get(Actor actor, AssessmentId assessment, ControlId control);
}

package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.assessment.AssessmentId;

public interface GetAssessmentUseCase {

    AssessmentView get(Actor actor, AssessmentId id);
}

package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;

public interface UpdateAssessmentUseCase {

    AssessmentView update(Actor actor, UpdateAssessmentCommand command);
}

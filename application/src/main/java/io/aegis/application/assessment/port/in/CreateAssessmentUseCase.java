package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;

public interface CreateAssessmentUseCase {

    AssessmentView create(Actor actor, CreateAssessmentCommand command);
}

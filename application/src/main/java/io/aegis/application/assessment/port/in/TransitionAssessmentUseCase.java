package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;

public interface TransitionAssessmentUseCase {

    AssessmentView transition(Actor actor, TransitionAssessmentCommand command);
}

package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.assessment.AssessmentId;

public interface CreateGapTasksUseCase {

    GapTasksView create(Actor actor, AssessmentId assessment);
}

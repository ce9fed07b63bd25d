package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.assessment.AssessmentId;

public interface GetAssessmentScoreUseCase {

    AssessmentScoreView score(Actor actor, AssessmentId id);
}

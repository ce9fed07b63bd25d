package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.assessment.AssessmentId;
import java.util.List;

public interface ListAssessmentGapsUseCase {

    List<GapView> list(Actor actor, AssessmentId assessment);
}

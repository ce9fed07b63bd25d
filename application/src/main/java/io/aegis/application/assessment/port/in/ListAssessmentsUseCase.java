package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListAssessmentsUseCase {

    Page<AssessmentView> list(Actor actor, ListAssessmentsQuery query);
}

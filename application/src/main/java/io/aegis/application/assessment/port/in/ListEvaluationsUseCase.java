package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListEvaluationsUseCase {

    Page<EvaluationView> list(Actor actor, ListEvaluationsQuery query);
}

package io.aegis.application.assessment.port.in;

import io.aegis.application.port.Actor;

public interface EvaluateControlUseCase {

    EvaluationView evaluate(Actor actor, EvaluateControlCommand command);
}

package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;

public interface TransitionTaskUseCase {

    TaskView transition(Actor actor, TransitionTaskCommand command);
}

package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;

public interface UpdateTaskUseCase {

    TaskView update(Actor actor, UpdateTaskCommand command);
}

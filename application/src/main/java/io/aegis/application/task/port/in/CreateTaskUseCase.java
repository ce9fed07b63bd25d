package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;

public interface CreateTaskUseCase {

    TaskView create(Actor actor, CreateTaskCommand command);
}

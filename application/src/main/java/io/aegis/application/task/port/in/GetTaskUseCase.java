package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;
import io.aegis.domain.task.TaskId;

public interface GetTaskUseCase {

    TaskView get(Actor actor, TaskId id);
}

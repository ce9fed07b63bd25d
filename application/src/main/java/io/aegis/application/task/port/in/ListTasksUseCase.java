package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListTasksUseCase {

    Page<TaskView> list(Actor actor, ListTasksQuery query);
}

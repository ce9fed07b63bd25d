package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.GetTaskUseCase;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.task.TaskId;

public record GetTaskService(UseCaseRunner run, TaskReadModel readModel) implements GetTaskUseCase {

    @Override
    public TaskView get(Actor actor, TaskId id) {
        run.requireSomewhere(actor, Permission.TASK_READ, "task.read");
        return TaskServiceSupport.view(readModel, id, run.now());
    }
}

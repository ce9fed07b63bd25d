package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.ListTasksQuery;
import io.aegis.application.task.port.in.ListTasksUseCase;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.domain.identity.Permission;

public record ListTasksService(UseCaseRunner run, TaskReadModel readModel) implements ListTasksUseCase {

    @Override
    public Page<TaskView> list(Actor actor, ListTasksQuery query) {
        // tasks are organisation-wide, as the assessments whose gaps they remediate: reading them in a unit reads all
        run.requireSomewhere(actor, Permission.TASK_READ, "task.list");
        return readModel.list(query, run.now());
    }
}

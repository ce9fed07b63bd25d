package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.CreateTaskCommand;
import io.aegis.application.task.port.in.CreateTaskUseCase;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskReferences;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.task.DueDateSla;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskLinks;

/** Opens a task; without a due date it is due as the SLA says for its priority. */
public record CreateTaskService(UseCaseRunner run, TaskRepository tasks, TaskReferences references,
                                TaskReadModel readModel, DueDateSla sla) implements CreateTaskUseCase {

    @Override
    public TaskView create(Actor actor, CreateTaskCommand command) {
        return run.change(actor, Permission.TASK_WRITE, "task.create", change -> {
            TaskServiceSupport.requireLinks(references, actor, command.links(), TaskLinks.NONE);
            TaskServiceSupport.requireUser(references, "assigned_to_id", command.assignee().orElse(null));
            Task opened = Task.open(command.details(), command.links(), command.assignee().orElse(null),
                    TaskServiceSupport.creator(actor).orElse(null), sla, change.now());
            TaskId id = tasks.create(opened);
            TaskView after = TaskServiceSupport.view(readModel, id, change.now());
            change.audit(TaskServiceSupport.RESOURCE, id.value(), null, after);
            return after;
        });
    }
}

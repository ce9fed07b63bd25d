package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.in.TransitionTaskCommand;
import io.aegis.application.task.port.in.TransitionTaskUseCase;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskComment;

/** Moves a task through its workflow and records the move as a status_change comment. */
public record TransitionTaskService(UseCaseRunner run, TaskRepository tasks, TaskReadModel readModel)
        implements TransitionTaskUseCase {

    @Override
    public TaskView transition(Actor actor, TransitionTaskCommand command) {
        return run.change(actor, Permission.TASK_WRITE, "task.transition", change -> {
            Task current = TaskServiceSupport.load(tasks, command.id());
            StaleVersionException.requireCurrent(command.expected(), current.version(), TaskServiceSupport.RESOURCE,
                    command.id());
            TaskView before = TaskServiceSupport.view(readModel, command.id(), change.now());
            Task moved = current.transitionTo(command.to(), change.now());
            StaleVersionException.requireWritten(tasks.update(moved, current.version()), command.expected(),
                    TaskServiceSupport.RESOURCE, command.id());
            tasks.addComment(command.id(), TaskComment.statusChanged(current.status(), moved.status()),
                    TaskServiceSupport.author(actor), change.now());
            TaskView after = TaskServiceSupport.view(readModel, command.id(), change.now());
            change.audit(TaskServiceSupport.RESOURCE, after.id(), before, after);
            return after;
        });
    }
}

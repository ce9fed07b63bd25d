package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.NotFoundException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.AddTaskCommentCommand;
import io.aegis.application.task.port.in.AddTaskCommentUseCase;
import io.aegis.application.task.port.in.TaskCommentView;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.identity.Permission;

/** Adds a person's comment to a task (any task but a missing one: a settled task may still be discussed). */
public record AddTaskCommentService(UseCaseRunner run, TaskRepository tasks, TaskReadModel readModel)
        implements AddTaskCommentUseCase {

    @Override
    public TaskCommentView add(Actor actor, AddTaskCommentCommand command) {
        return run.change(actor, Permission.TASK_WRITE, "task.comment", change -> {
            TaskServiceSupport.load(tasks, command.task());
            long id = tasks.addComment(command.task(), command.comment(), TaskServiceSupport.author(actor),
                    change.now());
            TaskCommentView after = readModel.comment(id).orElseThrow(() ->
                    new NotFoundException(TaskServiceSupport.COMMENT, id));
            change.audit(TaskServiceSupport.COMMENT, id, null, after);
            return after;
        });
    }
}

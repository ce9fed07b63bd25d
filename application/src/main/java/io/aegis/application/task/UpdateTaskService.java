package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.StaleVersionException;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.TaskView;
import io.aegis.application.task.port.in.UpdateTaskCommand;
import io.aegis.application.task.port.in.UpdateTaskUseCase;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.application.task.port.out.TaskReferences;
import io.aegis.application.task.port.out.TaskRepository;
import io.aegis.domain.identity.Permission;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskLinks;
import java.util.Objects;

/** Changes a task's details, links and progress; a new assignee is recorded as a status_change comment. */
public record UpdateTaskService(UseCaseRunner run, TaskRepository tasks, TaskReferences references,
                                TaskReadModel readModel) implements UpdateTaskUseCase {

    @Override
    public TaskView update(Actor actor, UpdateTaskCommand command) {
        return run.change(actor, Permission.TASK_WRITE, "task.update", change -> {
            Task current = TaskServiceSupport.load(tasks, command.id());
            StaleVersionException.requireCurrent(command.expected(), current.version(), TaskServiceSupport.RESOURCE,
                    command.id());
            TaskLinks links = command.linksAfter(current.links());
            TaskServiceSupport.requireLinks(references, actor, links, current.links());
            TaskView before = TaskServiceSupport.view(readModel, command.id(), change.now());
            Task changed = current.revise(command.detailsAfter(current.details()), links,
                    command.progressAfter(current.progress()), change.now());
            UserId assignee = command.assignee().orElse(current.assignee().orElse(null));
            boolean reassigned = !Objects.equals(assignee, current.assignee().orElse(null));
            if (reassigned) {
                TaskServiceSupport.requireUser(references, "assigned_to_id", assignee);
                changed = changed.assignTo(assignee, change.now());
            }
            StaleVersionException.requireWritten(tasks.update(changed, current.version()), command.expected(),
                    TaskServiceSupport.RESOURCE, command.id());
            if (reassigned) {
                tasks.addComment(command.id(), TaskComment.reassigned(current.assignee().orElse(null), assignee),
                        TaskServiceSupport.author(actor), change.now());
            }
            TaskView after = TaskServiceSupport.view(readModel, command.id(), change.now());
            change.audit(TaskServiceSupport.RESOURCE, after.id(), before, after);
            return after;
        });
    }
}

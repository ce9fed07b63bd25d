package io.aegis.application.task;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;
import io.aegis.application.port.UseCaseRunner;
import io.aegis.application.task.port.in.ListTaskCommentsQuery;
import io.aegis.application.task.port.in.ListTaskCommentsUseCase;
import io.aegis.application.task.port.in.TaskCommentView;
import io.aegis.application.task.port.out.TaskReadModel;
import io.aegis.domain.identity.Permission;

/**
 * A task's comments. Internal comments are for those who work tasks ({@code task:write}); a reader who only reads
 * tasks (an external auditor's role) sees the comments that are not internal, as anyone does who asks for them.
 */
public record ListTaskCommentsService(UseCaseRunner run, TaskReadModel readModel) implements ListTaskCommentsUseCase {

    @Override
    public Page<TaskCommentView> list(Actor actor, ListTaskCommentsQuery query) {
        run.requireSomewhere(actor, Permission.TASK_READ, "task.read");
        TaskServiceSupport.view(readModel, query.task(), run.now());
        boolean externalOnly = query.externalOnly() || !actor.may(Permission.TASK_WRITE);
        return readModel.comments(new ListTaskCommentsQuery(query.task(), externalOnly, query.page()));
    }
}

package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;
import io.aegis.application.port.Page;

public interface ListTaskCommentsUseCase {

    Page<TaskCommentView> list(Actor actor, ListTaskCommentsQuery query);
}

package io.aegis.application.task.port.in;

import io.aegis.application.port.Actor;

public interface AddTaskCommentUseCase {

    TaskCommentView add(Actor actor, AddTaskCommentCommand command);
}

package io.aegis.application.task.port.in;

import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskId;
import java.util.Objects;

/** @param comment a person's comment ({@link TaskComment#written}); the records of changes Aegis writes itself */
public record AddTaskCommentCommand(TaskId task, TaskComment comment) {

    public AddTaskCommentCommand {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(comment, "comment");
    }
}

package io.aegis.application.task.port.out;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.task.Task;
import io.aegis.domain.task.TaskComment;
import io.aegis.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;

/** Loads and stores tasks and adds their comments. */
public interface TaskRepository {

    Optional<Task> findById(TaskId id);

    /** @return the new task's id */
    TaskId create(Task task);

    /** @return false when the stored version is no longer {@code expectedVersion} (someone changed it meanwhile) */
    boolean update(Task changed, Instant expectedVersion);

    /** @return the new comment's id */
    long addComment(TaskId task, TaskComment comment, UserId author, Instant at);
}

package io.aegis.application.task.port.in;

import io.aegis.application.port.PageRequest;
import io.aegis.domain.task.TaskId;
import java.util.Objects;

/**
 * A task's comments, oldest first.
 *
 * @param externalOnly only the comments that are not internal: what an external auditor sees
 */
public record ListTaskCommentsQuery(TaskId task, boolean externalOnly, PageRequest page) {

    public ListTaskCommentsQuery {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(page, "page");
    }
}

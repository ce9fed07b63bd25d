package io.aegis.application.task.port.in;

import io.aegis.domain.identity.UserId;
import io.aegis.domain.task.TaskDetails;
import io.aegis.domain.task.TaskLinks;
import java.util.Objects;
import java.util.Optional;

/** @param details without a due date, the task is due as the SLA says for its priority */
public record CreateTaskCommand(TaskDetails details, TaskLinks links, Optional<UserId> assignee) {

    public CreateTaskCommand {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(assignee, "assignee");
    }
}

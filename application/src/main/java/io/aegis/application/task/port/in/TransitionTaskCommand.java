package io.aegis.application.task.port.in;

import io.aegis.application.port.ExpectedVersion;
import io.aegis.domain.task.TaskId;
import io.aegis.domain.task.TaskStatus;
import java.util.Objects;

public record TransitionTaskCommand(TaskId id, ExpectedVersion expected, TaskStatus to) {

    public TransitionTaskCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(to, "to");
    }
}
